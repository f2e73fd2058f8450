import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CancellationStatsView, JobHealthStatsView, LoadFactorStatsView, SalesStatsView } from '../../../api/adminTypes';
import { fakeApi, on } from '../../../test/fakeApi';
import { renderOnRoute } from '../../../test/router';
import { DashboardPage } from './DashboardPage';

const sales: SalesStatsView = {
  days: [
    { day: '2026-12-01', bookings: 2, revenue: 400.25 },
    { day: '2026-12-02', bookings: 1, revenue: 100.1 },
    { day: '2026-12-03', bookings: 0, revenue: 0 },
  ],
  totalBookings: 3,
  totalRevenue: 500.35,
};

const cancellations: CancellationStatsView = {
  days: [
    { day: '2026-12-01', cancellations: 0, refunds: 0, refundAmount: 0 },
    { day: '2026-12-02', cancellations: 0, refunds: 0, refundAmount: 0 },
    { day: '2026-12-03', cancellations: 1, refunds: 1, refundAmount: 100.1 },
  ],
  totalCancellations: 1,
  totalRefunds: 1,
  totalRefundAmount: 100.1,
};

const load: LoadFactorStatsView = {
  routes: [
    { from: 'JFK', to: 'LAX', flights: 2, seatsSold: 43, seats: 176, loadFactor: 0.2443 },
    { from: 'BOS', to: 'ORD', flights: 1, seatsSold: 1, seats: 76, loadFactor: 0.0132 },
  ],
  flights: [
    { flightId: 'f3', flightNumber: 'SH300', from: 'JFK', to: 'LAX', departureDate: '2026-12-04', seatsSold: 40, seats: 100, loadFactor: 0.4 },
    { flightId: 'f1', flightNumber: 'SH100', from: 'JFK', to: 'LAX', departureDate: '2026-12-04', seatsSold: 3, seats: 76, loadFactor: 0.0395 },
    { flightId: 'f2', flightNumber: 'SH200', from: 'BOS', to: 'ORD', departureDate: '2026-12-04', seatsSold: 1, seats: 76, loadFactor: 0.0132 },
  ],
  routeCount: 2,
  flightCount: 3,
  seatsSold: 44,
  seats: 252,
  loadFactor: 0.1746,
};

const jobs: JobHealthStatsView = {
  documents: { queued: 9, running: 0, failed: 1, done: 4, oldestOpenAgeSeconds: 216_001 },
  payments: { queued: 1, running: 0, failed: 0, done: 0, oldestOpenAgeSeconds: null },
  emails: { queued: 0, running: 1, failed: 2, done: 2, oldestOpenAgeSeconds: 169_200 },
};

function statsApi() {
  return fakeApi(
    on('GET', '/api/admin/stats/sales', { status: 200, body: sales }),
    on('GET', '/api/admin/stats/cancellations', { status: 200, body: cancellations }),
    on('GET', '/api/admin/stats/load-factor', { status: 200, body: load }),
    on('GET', '/api/admin/stats/jobs', { status: 200, body: jobs }),
  );
}

const renderPage = (url = '/admin/dashboard') => renderOnRoute(<DashboardPage />, { url, path: '/admin/dashboard' });

const statsRequests = (requests: string[]) => requests.filter((r) => r.startsWith('GET /api/admin/stats/')).sort();

afterEach(() => vi.unstubAllGlobals());

describe('DashboardPage', () => {
  it('draws every chart from the Api’s numbers', async () => {
    statsApi();
    const { container } = renderPage();

    expect((await screen.findByTestId('dashboard-sales-revenue')).textContent).toBe('$500.35');
    expect(screen.getByTestId('dashboard-sales-bookings').textContent).toBe('3');
    expect(screen.getByTestId('dashboard-cancellations-refunded').textContent).toBe('$100.10');
    expect(screen.getByTestId('dashboard-cancellations').textContent).toContain('1 cancelled · 1 refund · $100.10');
    expect(screen.getByTestId('dashboard-load-factor-overall').textContent).toBe('17.5 %');
    expect(screen.getByTestId('dashboard-jobs-documents-oldest').textContent).toBe('2 d 12 h');
    expect(screen.getByTestId('dashboard-jobs-payments-oldest').textContent).toBe('none waiting');
    expect(screen.getByTestId('dashboard-jobs-emails-oldest').textContent).toBe('1 d 23 h');

    // One bar per day that sold something (an empty day's bar has no height), and the revenue line through every day.
    const salesPanel = screen.getByTestId('dashboard-sales');
    await waitFor(() => expect(salesPanel.querySelectorAll('.recharts-bar-rectangle path').length).toBe(2));
    expect(salesPanel.querySelector('.recharts-line-curve')?.getAttribute('d')).toMatch(/^M/);
    expect(within(salesPanel).getByText('Dec 1')).toBeTruthy();
    // Routes and flights, fullest first, labelled on their axis.
    const loadPanel = screen.getByTestId('dashboard-load-factor');
    expect(within(loadPanel).getByText('JFK→LAX')).toBeTruthy();
    expect(within(loadPanel).getByText('SH300 12-04')).toBeTruthy();
    expect(loadPanel.querySelectorAll('.recharts-bar-rectangle path').length).toBe(5);
    // A bar segment per state that has jobs: documents 3, payments 1, emails 3 (running, failed, done).
    const jobsPanel = screen.getByTestId('dashboard-jobs');
    expect(jobsPanel.querySelectorAll('.recharts-bar-rectangle path').length).toBe(7);
    expect(within(jobsPanel).getByText('Emails')).toBeTruthy();
    expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(5);
    expect(document.title).toBe('Dashboard · Admin · Sky High Booker');
  });

  it('asks every chart’s endpoint again with the new days and route when the filter is applied', async () => {
    const user = userEvent.setup();
    const api = statsApi();
    renderPage();
    await screen.findByTestId('dashboard-sales-revenue');
    expect(statsRequests(api.requests())).toEqual([
      'GET /api/admin/stats/cancellations',
      'GET /api/admin/stats/jobs',
      'GET /api/admin/stats/load-factor',
      'GET /api/admin/stats/sales',
    ]);

    await user.type(screen.getByLabelText('From day (UTC)'), '2026-12-01');
    await user.type(screen.getByLabelText('To day (UTC)'), '2026-12-03');
    await user.type(screen.getByLabelText('Route from'), 'JFK');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    expect(screen.getByTestId('location').textContent).toBe('?start=2026-12-01&end=2026-12-03&from=JFK');
    await waitFor(() => expect(statsRequests(api.requests())).toHaveLength(8));
    const query = '?start=2026-12-01&end=2026-12-03&from=JFK';
    for (const endpoint of ['sales', 'load-factor', 'cancellations', 'jobs'])
      expect(api.requests()).toContain(`GET /api/admin/stats/${endpoint}${query}`);
  });

  it('shows the Api’s refusal of a filter next to its field', async () => {
    const refusal = {
      status: 400,
      body: { title: 'The filter is not valid.', status: 400, errors: { end: ['The end must be on or after the start.'] } },
    };
    fakeApi(
      on('GET', '/api/admin/stats/sales', refusal),
      on('GET', '/api/admin/stats/cancellations', refusal),
      on('GET', '/api/admin/stats/load-factor', refusal),
      on('GET', '/api/admin/stats/jobs', refusal),
    );
    renderPage('/admin/dashboard?start=2026-12-03&end=2026-12-01');

    expect(await screen.findByText('The end must be on or after the start.')).toBeTruthy();
    expect(screen.getByTestId('dashboard-sales-error')).toBeTruthy();
  });
});
