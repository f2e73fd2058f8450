import { trimSlash, type CardConfirmer, type CardDetails, type CardField, type CardOutcome, type PaymentConfirmation } from './cardConfirmer';

/**
 * Confirms with the local Stripe stand-in exactly as Stripe.js confirms with Stripe: a form-encoded POST to
 * /v1/payment_intents/{id}/confirm with the publishable key and the client secret, and the card as
 * payment_method_data. A refused card is a 402 with Stripe's error JSON.
 */
export function standInCardConfirmer(payment: PaymentConfirmation, fetchImpl: typeof fetch = fetch): CardConfirmer {
  return {
    async confirm(card) {
      const url = `${trimSlash(payment.stripeApiBase ?? '')}/v1/payment_intents/${encodeURIComponent(payment.transactionId ?? '')}/confirm`;
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
          body: confirmationForm(payment, card),
        });
      } catch {
        return { status: 'failed', message: 'We could not reach the payment service. Check your connection and try again.' };
      }
      return readOutcome(response);
    },
  };
}

export function confirmationForm(payment: PaymentConfirmation, card: CardDetails): URLSearchParams {
  const [month = '', year = ''] = card.expiry.split('/').map((part) => part.trim());
  const form = new URLSearchParams();
  form.set('key', payment.publishableKey ?? '');
  form.set('client_secret', payment.clientSecret ?? '');
  form.set('payment_method_data[type]', 'card');
  form.set('payment_method_data[card][number]', card.number.replace(/[\s-]/g, ''));
  form.set('payment_method_data[card][exp_month]', month);
  form.set('payment_method_data[card][exp_year]', year.length === 2 ? `20${year}` : year);
  form.set('payment_method_data[card][cvc]', card.cvc.trim());
  if (card.nameOnCard.trim()) form.set('payment_method_data[billing_details][name]', card.nameOnCard.trim());
  return form;
}

interface StripeErrorBody {
  error?: { type?: string; code?: string; decline_code?: string; message?: string; param?: string };
}

async function readOutcome(response: Response): Promise<CardOutcome> {
  const body = (await response.json().catch(() => null)) as (StripeErrorBody & { status?: string }) | null;
  if (response.ok) {
    return body?.status === 'succeeded'
      ? { status: 'succeeded' }
      : { status: 'failed', message: 'This card needs a step we do not support. Please use another card.' };
  }
  const error = body?.error;
  if (error?.type === 'card_error' || (response.status === 400 && error?.param?.includes('card'))) {
    return {
      status: 'declined',
      message: error.message ?? 'Your card was declined.',
      code: error.code,
      declineCode: error.decline_code,
      field: cardField(error.param),
    };
  }
  return { status: 'failed', message: error?.message ?? `The payment service answered with status ${response.status}.` };
}

/** Stripe names the card parameter at fault ("number", "exp_month", "payment_method_data[card][cvc]", ...). */
function cardField(param: string | undefined): CardField | undefined {
  if (!param) return undefined;
  if (/number/.test(param)) return 'number';
  if (/exp_(month|year)/.test(param)) return 'expiry';
  if (/cvc/.test(param)) return 'cvc';
  return undefined;
}
