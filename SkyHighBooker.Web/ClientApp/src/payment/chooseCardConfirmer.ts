import { usesStripeJs, type CardConfirmer, type PaymentConfirmation } from './cardConfirmer';
import { standInCardConfirmer } from './standInCardConfirmer';
import { stripeJsCardConfirmer } from './stripeJsCardConfirmer';

/** Stripe.js for Stripe itself, the page's own card form for the local stand-in. */
export function chooseCardConfirmer(payment: PaymentConfirmation): Promise<CardConfirmer> {
  return usesStripeJs(payment) ? stripeJsCardConfirmer(payment) : Promise.resolve(standInCardConfirmer(payment));
}
