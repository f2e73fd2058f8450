import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StuckPaymentJobView } from '../../../api/adminTypes';
import { fakeApi, inTurn, on } from '../../../test/fakeApi';
import { renderOnRoute } from '../../../test/router';
import { StuckPaymentsPage } from './StuckPaymentsPage';

const stuck: StuckPaymentJobView = {
  id: 'job-1',
  paymentId: 'pay-1',
  bookingId: 'book-1',
  kind: 'refund',
  amount: 420.5,
  paymentStatus: 'refunding',
  attempts: 4,
  lastError: 'Stripe unreachable',
  nextAttemptAt: '2026-12-07T10:00:00Z',
  createdAt: '2026-12-07T09:00:00Z',
};

const renderPage = () => renderOnRoute(<StuckPaymentsPage />, { url: '/admin/payments', path: '/admin/payments' });

afterEach(() => vi.unstubAllGlobals());

describe('StuckPaymentsPage', () => {
  it('lists refunds that keep failing, with their amount, tries and last error', async () => {
    fakeApi(on('GET', '/api/admin/payments/stuck', { status: 200, body: [stuck] }));
    renderPage();

    const row = await screen.findByTestId('stuck-payments-row');
    expect(within(row).getByText('Refund')).toBeTruthy();
    expect(within(row).getByText('book-1')).toBeTruthy();
    expect(within(row).getByText('$420.50')).toBeTruthy();
    expect(within(row).getByText('4')).toBeTruthy();
    expect(within(row).getByText('Stripe unreachable')).toBeTruthy();
    expect(document.title).toBe('Stuck refunds · Admin · Sky High Booker');
  });

  it('says when nothing is stuck, and looks again on Refresh', async () => {
    const user = userEvent.setup();
    const api = fakeApi(on('GET', '/api/admin/payments/stuck', inTurn({ status: 200, body: [] }, { status: 200, body: [stuck] })));
    renderPage();

    expect((await screen.findByTestId('stuck-payments-empty')).textContent).toContain('No stuck refunds.');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByTestId('stuck-payments-row')).toBeTruthy();
    expect(api.requests().filter((r) => r === 'GET /api/admin/payments/stuck')).toHaveLength(2);
  });
});
