import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlightSummary, PagedResult } from '../../../api';
import { fakeApi, on, pageOf } from '../../../test/fakeApi';
import { sh101 as flight } from '../../../test/flights';
import { renderOnRoute } from '../../../test/router';
import { AdminFlightsPage } from './AdminFlightsPage';

const page = (items: FlightSummary[], extra?: Partial<PagedResult<FlightSummary>>) => ({ status: 200, body: pageOf(items, extra) });

const renderAt = (url: string) => renderOnRoute(<AdminFlightsPage />, { url, path: '/admin/flights' });

afterEach(() => vi.unstubAllGlobals());

describe('AdminFlightsPage', () => {
  it('lists the flights the URL asks for', async () => {
    const api = fakeApi(on('GET', '/api/admin/flights', page([flight])));
    renderAt('/admin/flights?from=JFK&status=scheduled');

    const row = await screen.findByTestId('admin-flight-row');
    expect(within(row).getByText('SH101')).toBeTruthy();
    expect(within(row).getByText('Scheduled')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Edit SH101 on Tue, Dec 1' }).getAttribute('href')).toBe(
      `/admin/flights/${flight.id}/edit`,
    );
    expect(api.requests().filter((r) => r.includes('/api/admin/'))).toEqual([
      'GET /api/admin/flights?from=JFK&status=scheduled&page=1&pageSize=20',
    ]);
  });

  it('shows each flight’s status, with Edit and Cancel only for a scheduled flight', async () => {
    const cancelledFlight = { ...flight, id: 'f-cancelled', flightNumber: 'SH202', status: 'cancelled' as const };
    fakeApi(on('GET', '/api/admin/flights', page([flight, cancelledFlight])));
    renderAt('/admin/flights');

    const [scheduledRow, cancelledRow] = await screen.findAllByTestId('admin-flight-row');
    expect(within(scheduledRow!).getByText('Scheduled')).toBeTruthy();
    expect(within(scheduledRow!).getByRole('link', { name: 'Edit SH101 on Tue, Dec 1' })).toBeTruthy();
    expect(within(scheduledRow!).getByRole('button', { name: 'Cancel SH101 on Tue, Dec 1' })).toBeTruthy();
    expect(within(cancelledRow!).getByText('Cancelled')).toBeTruthy();
    expect(within(cancelledRow!).getByRole('link', { name: 'Bookings of SH202 on Tue, Dec 1' })).toBeTruthy();
    expect(within(cancelledRow!).queryByRole('link', { name: /^Edit/ })).toBeNull();
    expect(within(cancelledRow!).queryByRole('button', { name: /^Cancel/ })).toBeNull();
  });

  it('writes the filters to the URL and asks from the first page', async () => {
    const api = fakeApi(on('GET', '/api/admin/flights', page([flight], { totalCount: 45, totalPages: 3 })));
    const user = userEvent.setup();
    renderAt('/admin/flights?page=2');

    await screen.findByTestId('admin-flight-row');
    await user.type(screen.getByLabelText('Flight number'), 'SH1');
    await user.type(screen.getByLabelText('Departure date'), '2026-12-01');
    await user.selectOptions(screen.getByLabelText('Status'), 'cancelled');
    await user.click(screen.getByRole('button', { name: 'Find flights' }));

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('?flightNumber=SH1&date=2026-12-01&status=cancelled'),
    );
    await waitFor(() =>
      expect(api.requests().at(-1)).toBe(
        'GET /api/admin/flights?flightNumber=SH1&date=2026-12-01&status=cancelled&page=1&pageSize=20',
      ),
    );
  });

  it('shows the Api’s message for a filter next to it', async () => {
    fakeApi(
      on('GET', '/api/admin/flights', {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { date: ['Date is yyyy-MM-dd.'] } },
      }),
    );
    renderAt('/admin/flights?date=tomorrow');

    expect((await screen.findByTestId('date-error')).textContent).toBe('Date is yyyy-MM-dd.');
  });

  it('says when no flight matches', async () => {
    fakeApi(on('GET', '/api/admin/flights', page([])));
    renderAt('/admin/flights?flightNumber=ZZ9');

    expect((await screen.findByTestId('admin-flights-empty')).textContent).toContain('No flights match.');
  });

  it('cancels a flight after confirming what it does to its bookings', async () => {
    const api = fakeApi(on('GET', '/api/admin/flights', page([flight])), on('DELETE', `/api/admin/flights/${flight.id}`, { status: 204 }));
    const user = userEvent.setup();
    renderAt('/admin/flights');

    await user.click(await screen.findByRole('button', { name: 'Cancel SH101 on Tue, Dec 1' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel flight SH101?' });
    expect(dialog.textContent).toContain('bookings are cancelled and their payments refunded');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep flight' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel flight' }));

    expect((await screen.findByTestId('admin-notice')).textContent).toContain('Flight SH101 cancelled.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.requests()).toContain(`DELETE /api/admin/flights/${flight.id}`);
    await waitFor(() => expect(api.requests().filter((r) => r.startsWith('GET /api/admin'))).toHaveLength(2));
  });

  it('keeps the flight when the admin thinks again', async () => {
    const api = fakeApi(on('GET', '/api/admin/flights', page([flight])));
    const user = userEvent.setup();
    renderAt('/admin/flights');

    await user.click(await screen.findByRole('button', { name: /Cancel SH101/ }));
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.requests().some((r) => r.startsWith('DELETE'))).toBe(false);
  });
});
