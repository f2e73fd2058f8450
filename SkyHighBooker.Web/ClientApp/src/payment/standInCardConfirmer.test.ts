import { describe, expect, it, vi } from 'vitest';
import { usesStripeJs } from './cardConfirmer';
import { standInCardConfirmer } from './standInCardConfirmer';

const payment = {
  transactionId: 'pi_123',
  clientSecret: 'pi_123_secret_abc',
  publishableKey: 'pk_test_local',
  stripeApiBase: 'http://localhost:12111/',
};
const card = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123', nameOnCard: 'Ada Lovelace' };

function answer(status: number, body: unknown) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

describe('standInCardConfirmer', () => {
  it('confirms the PaymentIntent the way Stripe.js does', async () => {
    const fetchMock = answer(200, { id: 'pi_123', object: 'payment_intent', status: 'succeeded' });

    const outcome = await standInCardConfirmer(payment, fetchMock).confirm(card);

    expect(outcome).toEqual({ status: 'succeeded' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://localhost:12111/v1/payment_intents/pi_123/confirm');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(init?.body as URLSearchParams)).toEqual({
      key: 'pk_test_local',
      client_secret: 'pi_123_secret_abc',
      'payment_method_data[type]': 'card',
      'payment_method_data[card][number]': '4242424242424242',
      'payment_method_data[card][exp_month]': '12',
      'payment_method_data[card][exp_year]': '2034',
      'payment_method_data[card][cvc]': '123',
      'payment_method_data[billing_details][name]': 'Ada Lovelace',
    });
  });

  it('reports a declined card with Stripe’s message', async () => {
    const fetchMock = answer(402, {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      },
    });

    const outcome = await standInCardConfirmer(payment, fetchMock).confirm(card);

    expect(outcome).toEqual({
      status: 'declined',
      message: 'Your card has insufficient funds.',
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      field: undefined,
    });
  });

  it('points a refused card number at the card number field', async () => {
    const fetchMock = answer(402, {
      error: { type: 'card_error', code: 'incorrect_number', message: 'Your card number is incorrect.', param: 'number' },
    });

    const outcome = await standInCardConfirmer(payment, fetchMock).confirm(card);

    expect(outcome).toMatchObject({ status: 'declined', field: 'number', message: 'Your card number is incorrect.' });
  });

  it('says when the payment service cannot be reached', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

    const outcome = await standInCardConfirmer(payment, fetchMock).confirm(card);

    expect(outcome.status).toBe('failed');
  });
});

describe('usesStripeJs', () => {
  it('uses Stripe.js for Stripe itself with a publishable key', () => {
    expect(usesStripeJs({ ...payment, stripeApiBase: 'https://api.stripe.com' })).toBe(true);
  });

  it('uses the page’s card form for the local stand-in', () => {
    expect(usesStripeJs(payment)).toBe(false);
  });
});
