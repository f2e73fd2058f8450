import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingView, DocumentView, PaymentView } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { fakeApi, on, type FakeAnswer } from '../../test/fakeApi';
import { BookingPage } from './BookingPage';

const booking: BookingView = {
  id: 'b1',
  reference: 'ABC123',
  flightId: 'f1',
  flightNumber: 'SH101',
  airline: 'Sky High',
  from: 'JFK',
  to: 'LAX',
  departureTime: '2026-12-01T13:30:00+00:00',
  passengerName: 'Ada Lovelace',
  passengerEmail: 'ada@example.com',
  seatNumber: '2A',
  status: 'confirmed',
  holdExpiresAt: null,
  totalAmount: 123.45,
  currency: 'USD',
  passengers: [{ name: 'Ada Lovelace', email: 'ada@example.com', seat: '2A', cabin: 'economy', fare: 123.45 }],
  createdAt: '2026-11-25T10:00:00Z',
};

const payment: PaymentView = {
  id: 'p1',
  bookingId: 'b1',
  method: 'card',
  status: 'completed',
  amount: 123.45,
  currency: 'USD',
  transactionId: 'pi_1',
  clientSecret: null,
  publishableKey: null,
  stripeApiBase: null,
  createdAt: '2026-11-25T10:00:00Z',
};

function boardingPass(status: string): DocumentView {
  return {
    id: 'd1',
    kind: 'boarding_pass',
    passengerPosition: 1,
    fileName: 'boarding-pass-1.pdf',
    status,
    url: status === 'ready' ? 'https://files.example/boarding-pass-1.pdf?sig=x' : null,
    urlExpiresAt: null,
  };
}

function inTurn(...answers: FakeAnswer[]) {
  let next = 0;
  return () => answers[Math.min(next++, answers.length - 1)]!;
}

afterEach(() => vi.unstubAllGlobals());

function renderPage(url = '/bookings/b1') {
  renderWithAuth(<BookingPage />, { url, path: '/bookings/:bookingId', auth: fakeAuth({ status: 'signedIn', user: ada }) });
}

describe('BookingPage', () => {
  it('shows the reference, and a boarding pass download once it is ready', async () => {
    fakeApi(
      on('GET', '/api/bookings/b1', { status: 200, body: booking }),
      on('GET', '/api/bookings/b1/payments', { status: 200, body: [payment] }),
      on('GET', '/api/bookings/b1/documents', inTurn({ status: 200, body: [boardingPass('pending')] }, { status: 200, body: [boardingPass('ready')] })),
    );
    renderPage('/bookings/b1?passengers=1&return=f2');

    expect(await screen.findByRole('heading', { name: 'Your booking is confirmed' })).toBeTruthy();
    expect(screen.getByTestId('booking-reference').textContent).toBe('ABC123');
    expect(screen.getByRole('link', { name: 'Book your return flight' }).getAttribute('href')).toBe('/flights/f2/book?passengers=1');

    const link = await screen.findByRole('link', { name: 'Download boarding pass for Ada Lovelace' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('https://files.example/boarding-pass-1.pdf?sig=x');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('cancels after asking, and shows the refund', async () => {
    const user = userEvent.setup();
    const { requests } = fakeApi(
      on('GET', '/api/bookings/b1', { status: 200, body: booking }),
      on('GET', '/api/bookings/b1/payments', inTurn({ status: 200, body: [payment] }, { status: 200, body: [{ ...payment, status: 'refunded' }] })),
      on('GET', '/api/bookings/b1/documents', { status: 200, body: [boardingPass('ready')] }),
      on('POST', '/api/bookings/b1/cancel', { status: 200, body: { ...booking, status: 'cancelled' } }),
    );
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Cancel booking' }));
    expect(screen.getByRole('alertdialog', { name: 'Cancel booking ABC123?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, cancel booking' }));

    expect(await screen.findByRole('heading', { name: 'This booking is cancelled' })).toBeTruthy();
    expect((await screen.findByTestId('refund-notice')).textContent).toContain('$123.45 has been refunded');
    expect(screen.getByTestId('payment-status').textContent).toBe('Refunded');
    expect(requests()).toContain('POST /api/bookings/b1/cancel');
  });
});
