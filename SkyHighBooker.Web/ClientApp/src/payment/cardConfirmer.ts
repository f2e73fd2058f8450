/** What the traveller typed into the card form the page draws (the stand-in path). */
export interface CardDetails {
  number: string;
  /** MM/YY as typed. */
  expiry: string;
  cvc: string;
  nameOnCard: string;
}

/** Which card field a refusal is about, when Stripe says so. */
export type CardField = keyof CardDetails;

export type CardOutcome =
  | { status: 'succeeded' }
  /** Declined or refused card details: the traveller can correct them or try another card. */
  | { status: 'declined'; message: string; code?: string; declineCode?: string; field?: CardField }
  /** Stripe could not be reached or answered with something unexpected. */
  | { status: 'failed'; message: string };

/**
 * Confirms a PaymentIntent with the card the traveller gives, in the browser (the card never reaches our Api).
 * Either Stripe.js with its own card field, or the local Stripe stand-in with the page's card form.
 */
export interface CardConfirmer {
  /** Stripe.js draws its own card field: it is mounted into the container, and unmounted by the returned function. */
  readonly mountCardField?: (container: HTMLElement) => () => void;
  confirm(card: CardDetails): Promise<CardOutcome>;
}

export const stripeApiBase = 'https://api.stripe.com';

/** What a payment needs for its card to be confirmed in the browser (from the Api's PaymentView). */
export interface PaymentConfirmation {
  /** The PaymentIntent id. */
  transactionId: string | null;
  clientSecret: string | null;
  publishableKey: string | null;
  stripeApiBase: string | null;
}

/** Stripe's own API with a publishable key uses Stripe.js; anything else is the stand-in, spoken to over HTTP. */
export function usesStripeJs(payment: PaymentConfirmation): boolean {
  return !!payment.publishableKey && trimSlash(payment.stripeApiBase ?? stripeApiBase) === stripeApiBase;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
