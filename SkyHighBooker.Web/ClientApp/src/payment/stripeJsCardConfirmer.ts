import type { CardConfirmer, PaymentConfirmation } from './cardConfirmer';

// The little of Stripe.js (https://js.stripe.com/v3) that the payment page uses.
interface StripeCardElement {
  mount(container: HTMLElement): void;
  unmount(): void;
}
interface StripeJs {
  elements(): { create(type: 'card', options?: object): StripeCardElement };
  confirmCardPayment(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement; billing_details?: { name?: string } } },
  ): Promise<{
    error?: { type?: string; code?: string; decline_code?: string; message?: string };
    paymentIntent?: { status: string };
  }>;
}
type StripeFactory = (publishableKey: string) => StripeJs;

const stripeJsUrl = 'https://js.stripe.com/v3';
let loading: Promise<StripeFactory> | null = null;

/** Loads Stripe.js once per page; Stripe requires it to come from js.stripe.com. */
function loadStripeJs(): Promise<StripeFactory> {
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = stripeJsUrl;
    script.async = true;
    script.onload = () => {
      const factory = (window as unknown as { Stripe?: StripeFactory }).Stripe;
      if (factory) resolve(factory);
      else reject(new Error('Stripe.js did not load.'));
    };
    script.onerror = () => {
      loading = null;
      reject(new Error('Stripe.js could not be loaded.'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

/** Confirms with Stripe itself through Stripe.js and its Card Element (card details never touch our page). */
export async function stripeJsCardConfirmer(payment: PaymentConfirmation): Promise<CardConfirmer> {
  const stripe = (await loadStripeJs())(payment.publishableKey ?? '');
  const card = stripe.elements().create('card', { hidePostalCode: true });
  return {
    mountCardField(container) {
      card.mount(container);
      return () => card.unmount();
    },
    async confirm({ nameOnCard }) {
      const result = await stripe.confirmCardPayment(payment.clientSecret ?? '', {
        payment_method: { card, billing_details: nameOnCard.trim() ? { name: nameOnCard.trim() } : undefined },
      });
      if (result.error) {
        const { type, code, decline_code: declineCode, message } = result.error;
        return type === 'card_error' || type === 'validation_error'
          ? { status: 'declined', message: message ?? 'Your card was declined.', code, declineCode }
          : { status: 'failed', message: message ?? 'The payment could not be completed.' };
      }
      return result.paymentIntent?.status === 'succeeded'
        ? { status: 'succeeded' }
        : { status: 'failed', message: 'The payment was not completed. Please try again.' };
    },
  };
}
