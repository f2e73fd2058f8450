import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentView } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { completedPayment as payment, confirmedBooking as booking } from '../../test/bookings';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { BookingPage } from './BookingPage';

function boardingPass(status: DocumentView['status']): DocumentView {
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
    renderPage('/bookings/b1?passengers=1');

    expect(await screen.findByRole('heading', { name: 'Your booking is confirmed' })).toBeTruthy();
    expect(screen.getByTestId('booking-reference').textContent).toBe('ABC123');

    const link = await screen.findByRole('link', { name: 'Download boarding pass for Ada Lovelace' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('https://files.example/boarding-pass-1.pdf?sig=x');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('fetches fresh download links shortly before the ones shown expire', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const expiring = { ...boardingPass('ready'), urlExpiresAt: new Date(Date.now() + 60_000).toISOString() };
      const fresh = {
        ...boardingPass('ready'),
        url: 'https://files.example/boarding-pass-1.pdf?sig=fresh',
        urlExpiresAt: new Date(Date.now() + 360_000).toISOString(),
      };
      const freshFrom = Date.now() + 20_000; // the Api hands out new links once the first ones are nearly used up
      fakeApi(
        on('GET', '/api/bookings/b1', { status: 200, body: booking }),
        on('GET', '/api/bookings/b1/payments', { status: 200, body: [payment] }),
        on('GET', '/api/bookings/b1/documents', () => ({ status: 200, body: [Date.now() < freshFrom ? expiring : fresh] })),
      );
      renderPage();
      const name = 'Download boarding pass for Ada Lovelace';
      expect((await screen.findByRole('link', { name })).getAttribute('href')).toContain('sig=x');

      await vi.advanceTimersByTimeAsync(25_000);
      expect(screen.getByRole('link', { name }).getAttribute('href')).toContain('sig=x');
      await vi.advanceTimersByTimeAsync(10_000);
      await waitFor(() => expect(screen.getByRole('link', { name }).getAttribute('href')).toContain('sig=fresh'));
    } finally {
      vi.useRealTimers();
    }
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

  it('says a refund is on its way and looks again until it is made', async () => {
    const user = userEvent.setup();
    // Before the cancellation the payment is completed; after it, refunding on the first read and refunded after that.
    let cancelled = false;
    let readsSinceCancel = 0;
    const { requests } = fakeApi(
      on('GET', '/api/bookings/b1', { status: 200, body: booking }),
      on('GET', '/api/bookings/b1/payments', () => {
        if (!cancelled) return { status: 200, body: [payment] };
        return { status: 200, body: [{ ...payment, status: readsSinceCancel++ === 0 ? 'refunding' : 'refunded' }] };
      }),
      on('GET', '/api/bookings/b1/documents', { status: 200, body: [boardingPass('ready')] }),
      on('POST', '/api/bookings/b1/cancel', () => {
        cancelled = true;
        return { status: 200, body: { ...booking, status: 'cancelled' } };
      }),
    );
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Cancel booking' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel booking' }));

    await waitFor(() => expect(screen.getByTestId('refund-notice').textContent).toContain('$123.45 is being refunded'));
    expect(screen.getByTestId('payment-status').textContent).toBe('Refund on its way');
    await waitFor(() => expect(screen.getByTestId('refund-notice').textContent).toContain('$123.45 has been refunded'), { timeout: 5000 });
    expect(readsSinceCancel).toBe(2);
    expect(requests()).toContain('POST /api/bookings/b1/cancel');
  });
});
