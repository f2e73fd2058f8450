import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FailedEmailJobView } from '../../../api/adminTypes';
import { fakeApi, on, pageOf } from '../../../test/fakeApi';
import { renderOnRoute } from '../../../test/router';
import { FailedEmailsPage } from './FailedEmailsPage';

const refused: FailedEmailJobView = {
  id: 'job-1',
  bookingId: 'book-1',
  bookingReference: 'ABC123',
  recipient: 'ada@example.com',
  kind: 'booking_cancelled',
  state: 'failed',
  attempts: 1,
  lastError: '550 5.1.1 mailbox unavailable',
  nextAttemptAt: null,
  createdAt: '2026-12-07T09:00:00Z',
  updatedAt: '2026-12-07T09:01:00Z',
};

const stuck: FailedEmailJobView = {
  ...refused,
  id: 'job-2',
  kind: 'booking_confirmed',
  state: 'stuck',
  attempts: 4,
  lastError: 'Connection refused',
  nextAttemptAt: '2026-12-07T10:00:00Z',
};

const renderAt = (url: string) => renderOnRoute(<FailedEmailsPage />, { url, path: '/admin/emails' });

afterEach(() => vi.unstubAllGlobals());

describe('FailedEmailsPage', () => {
  it('lists refused and stuck emails with their booking, recipient, tries and last error', async () => {
    const api = fakeApi(on('GET', '/api/admin/emails/failed', { status: 200, body: pageOf([refused, stuck]) }));
    renderAt('/admin/emails');

    const rows = await screen.findAllByTestId('failed-emails-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByText('Booking cancelled')).toBeTruthy();
    expect(within(first).getByText('Refused for good')).toBeTruthy();
    expect(within(first).getByText('ABC123')).toBeTruthy();
    expect(within(first).getByText('ada@example.com')).toBeTruthy();
    expect(within(first).getByText('550 5.1.1 mailbox unavailable')).toBeTruthy();
    expect(within(first).getByText('Not tried again')).toBeTruthy();
    expect(within(second).getByText('Stuck (still tried)')).toBeTruthy();
    expect(within(second).getByText('4')).toBeTruthy();
    expect(screen.getByTestId('failed-emails-total').textContent).toBe('Showing 1–2 of 2 emails');
    expect(api.requests()).toEqual(['GET /api/admin/emails/failed?page=1&pageSize=20']);
    expect(document.title).toBe('Failed emails · Admin · Sky High Booker');
  });

  it('asks for the chosen state and kind, and writes them to the URL', async () => {
    const api = fakeApi(on('GET', '/api/admin/emails/failed', { status: 200, body: pageOf([stuck]) }));
    const user = userEvent.setup();
    renderAt('/admin/emails');

    await screen.findByTestId('failed-emails-row');
    await user.selectOptions(screen.getByLabelText('State'), 'stuck');
    await user.selectOptions(screen.getByLabelText('Email'), 'booking_confirmed');
    await user.click(screen.getByRole('button', { name: 'Find emails' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?state=stuck&kind=booking_confirmed'));
    await waitFor(() =>
      expect(api.requests()).toContain('GET /api/admin/emails/failed?state=stuck&kind=booking_confirmed&page=1&pageSize=20'),
    );
  });

  it('says when no email is failed or stuck', async () => {
    fakeApi(on('GET', '/api/admin/emails/failed', { status: 200, body: pageOf([]) }));
    renderAt('/admin/emails?state=failed');

    expect((await screen.findByTestId('failed-emails-empty')).textContent).toContain('No emails match.');
  });
});
