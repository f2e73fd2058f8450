import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingView, PaymentView } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { completedPayment, confirmedBooking } from '../../test/bookings';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { PaymentPage } from './PaymentPage';

const booking: BookingView = {
  ...confirmedBooking,
  status: 'pending_payment',
  holdExpiresAt: new Date(Date.now() + 9 * 60_000).toISOString(),
};

const payment: PaymentView = {
  ...completedPayment,
  status: 'pending',
  clientSecret: 'pi_1_secret_x',
  publishableKey: 'pk_test_local',
  stripeApiBase: 'http://localhost:12111',
};

afterEach(() => vi.unstubAllGlobals());

async function payWith(user: ReturnType<typeof userEvent.setup>, number: string) {
  await user.clear(await screen.findByLabelText('Card number'));
  await user.type(screen.getByLabelText('Card number'), number);
  await user.clear(screen.getByLabelText('Expiry (MM/YY)'));
  await user.type(screen.getByLabelText('Expiry (MM/YY)'), '12/34');
  await user.clear(screen.getByLabelText('CVC'));
  await user.type(screen.getByLabelText('CVC'), '123');
  await user.click(screen.getByRole('button', { name: 'Pay $123.45' }));
}

describe('PaymentPage', () => {
  it('shows a declined card, then pays with another card, settles and shows the booking', async () => {
    const user = userEvent.setup();
    const { fetchMock } = fakeApi(
      on('GET', '/api/bookings/b1', inTurn({ status: 200, body: booking }, { status: 200, body: { ...booking, status: 'confirmed' } })),
      on('POST', '/api/bookings/b1/payments', { status: 201, body: payment }),
      on(
        'POST',
        'http://localhost:12111/v1/payment_intents/pi_1/confirm',
        inTurn(
          {
            status: 402,
            body: {
              error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
            },
          },
          { status: 200, body: { id: 'pi_1', status: 'succeeded' } },
        ),
      ),
      on('POST', '/api/bookings/b1/payments/p1/refresh', { status: 200, body: { ...payment, status: 'completed' } }),
    );
    renderWithAuth(<PaymentPage />, {
      url: '/bookings/b1/pay?passengers=1',
      path: '/bookings/:bookingId/pay',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('payment-total')).textContent).toBe('$123.45');
    expect(screen.getByTestId('hold-countdown').textContent).toMatch(/held for 8:5\d|held for 9:00/);

    await payWith(user, '4000 0000 0000 0002');
    expect((await screen.findByTestId('payment-declined')).textContent).toContain('Your card was declined.');

    await payWith(user, '4242 4242 4242 4242');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/bookings/b1'));
    const startCalls = fetchMock.mock.calls.filter(([url]) => url === '/api/bookings/b1/payments');
    expect(startCalls).toHaveLength(1);
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/bookings/b1/payments/p1/refresh')).toBe(true);
  });
});
