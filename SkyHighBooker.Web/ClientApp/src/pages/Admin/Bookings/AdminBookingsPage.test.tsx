import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmedBooking } from '../../../test/bookings';
import { fakeApi, on, pageOf } from '../../../test/fakeApi';
import { renderOnRoute } from '../../../test/router';
import { AdminBookingsPage } from './AdminBookingsPage';

const adaBooking = { userId: 'user-ada', booking: confirmedBooking };

const renderAt = (url: string) => renderOnRoute(<AdminBookingsPage />, { url, path: '/admin/bookings' });

afterEach(() => vi.unstubAllGlobals());

describe('AdminBookingsPage', () => {
  it('lists the bookings the URL asks for, with their total', async () => {
    const api = fakeApi(on('GET', '/api/admin/bookings', { status: 200, body: pageOf([adaBooking]) }));
    renderAt('/admin/bookings?status=confirmed');

    const row = await screen.findByTestId('admin-booking-row');
    expect(within(row).getByText('ABC123')).toBeTruthy();
    expect(screen.getByTestId('admin-bookings-total').textContent).toBe('Showing 1–1 of 1 booking');
    expect(api.requests()).toEqual(['GET /api/admin/bookings?status=confirmed&page=1&pageSize=20']);
  });

  it('writes the applied filters to the URL, and clears them', async () => {
    fakeApi(on('GET', '/api/admin/bookings', { status: 200, body: pageOf([adaBooking], { totalCount: 45, totalPages: 3 }) }));
    const user = userEvent.setup();
    renderAt('/admin/bookings?page=2');

    await screen.findByTestId('admin-booking-row');
    await user.type(screen.getByLabelText('Passenger email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Find bookings' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?email=ada%40example.com'));

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(''));
    expect((screen.getByLabelText('Passenger email') as HTMLInputElement).value).toBe('');
  });

  it('says when no booking matches', async () => {
    fakeApi(on('GET', '/api/admin/bookings', { status: 200, body: pageOf([]) }));
    renderAt('/admin/bookings?email=nobody%40example.com');

    expect((await screen.findByTestId('admin-bookings-empty')).textContent).toContain('No bookings match.');
  });
});
