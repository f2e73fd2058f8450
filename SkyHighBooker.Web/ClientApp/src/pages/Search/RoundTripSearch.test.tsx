import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlightSummary } from '../../api';
import { fakeApi, on, pageOf } from '../../test/fakeApi';
import { sh101 } from '../../test/flights';
import { SearchPage } from './SearchPage';

const outbound: FlightSummary = { ...sh101, id: 'out-1', availableSeats: 40 };
const homeward: FlightSummary = {
  ...outbound,
  id: 'ret-1',
  flightNumber: 'SH202',
  from: 'LAX',
  to: 'JFK',
  departureTime: '2026-12-08T13:00:00-08:00',
  arrivalTime: '2026-12-08T21:20:00-05:00',
};

const page = (items: FlightSummary[]) => ({ status: 200, body: pageOf(items) });

/** The Api's flights: JFK→LAX answers the outbound flight, LAX→JFK the return one. */
const flightSearch = on('GET', '/api/flights', (url) =>
  page(new URL(url, 'http://x').searchParams.get('from') === 'LAX' ? [homeward] : [outbound]),
);
const airports = on('GET', '/api/airports', { status: 200, body: [] });

function Probe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/flights/:id/book" element={<p>booking page</p>} />
        <Route path="/trips/book" element={<p>trip booking page</p>} />
      </Routes>
      <Probe />
    </MemoryRouter>,
  );
}

const location = () => screen.getByTestId('location').textContent;

afterEach(() => vi.unstubAllGlobals());

describe('round-trip search', () => {
  it('books a one-way flight for the party', async () => {
    fakeApi(flightSearch, airports);
    const user = userEvent.setup();
    renderAt('/?from=JFK&to=LAX&date=2026-12-01&passengers=2');

    const row = (await screen.findAllByTestId('flight-result'))[0]!;
    await user.click(within(row).getByRole('button', { name: /^Select SH101/ }));

    expect(location()).toBe('/flights/out-1/book?passengers=2');
  });

  it('picks the outbound flight, then the return flight, then books both as one booking', async () => {
    const api = fakeApi(flightSearch, airports);
    const user = userEvent.setup();
    renderAt('/');

    await user.click(screen.getByRole('radio', { name: 'Round trip' }));
    await user.type(screen.getByLabelText('From'), 'JFK');
    await user.type(screen.getByLabelText('To'), 'LAX');
    await user.clear(screen.getByLabelText('Departure date'));
    await user.type(screen.getByLabelText('Departure date'), '2026-12-01');
    await user.clear(screen.getByLabelText('Return date'));
    await user.type(screen.getByLabelText('Return date'), '2026-12-08');
    await user.click(screen.getByRole('button', { name: 'Search flights' }));

    expect(await screen.findByRole('heading', { name: 'Choose your outbound flight' })).toBeTruthy();
    expect(location()).toBe('/?trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08&passengers=1&sort=price');
    await user.click(await screen.findByRole('button', { name: /^Select SH101/ }));

    expect(await screen.findByRole('heading', { name: 'Choose your return flight' })).toBeTruthy();
    expect(screen.getByTestId('chosen-outbound').textContent).toContain('SH101');
    await user.click(await screen.findByRole('button', { name: /^Select SH202/ }));

    expect(location()).toBe('/trips/book?flights=out-1,ret-1&passengers=1');
    expect(api.requests().filter((r) => r.startsWith('GET /api/flights'))).toEqual([
      'GET /api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=price&page=1&pageSize=20',
      'GET /api/flights?from=LAX&to=JFK&date=2026-12-08&passengers=1&sort=price&page=1&pageSize=20',
    ]);
  });

  it('sorts and filters the return leg without losing the outbound flight', async () => {
    const api = fakeApi(flightSearch, airports, on('GET', '/api/flights/out-1', { status: 200, body: outbound }));
    const user = userEvent.setup();
    renderAt('/?trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08&outbound=out-1&passengers=2');

    await waitFor(() => expect(screen.getByTestId('chosen-outbound').textContent).toContain('SH101'));
    await screen.findAllByTestId('flight-result');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'departure');
    await waitFor(() => expect(location()).toContain('sort=departure'));
    await user.type(screen.getByLabelText('Max price (USD)'), '400');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(api.requests().at(-1)).toBe(
        'GET /api/flights?from=LAX&to=JFK&date=2026-12-08&passengers=2&sort=departure&maxPrice=400&page=1&pageSize=20',
      ),
    );
    expect(location()).toContain('outbound=out-1');
    expect(screen.getByTestId('chosen-outbound').textContent).toContain('SH101');
  });

  it('goes back to the outbound flights to change the choice', async () => {
    fakeApi(flightSearch, airports, on('GET', '/api/flights/out-1', { status: 200, body: outbound }));
    const user = userEvent.setup();
    renderAt('/?trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08&outbound=out-1');

    await user.click(await screen.findByRole('button', { name: 'Change outbound flight' }));

    expect(await screen.findByRole('heading', { name: 'Choose your outbound flight' })).toBeTruthy();
    expect(location()).not.toContain('outbound=');
  });

  it('hints that the return date comes after departure before asking the Api', async () => {
    const api = fakeApi(flightSearch, airports);
    const user = userEvent.setup();
    renderAt('/?trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08');
    await screen.findAllByTestId('flight-result');

    await user.clear(screen.getByLabelText('Return date'));
    await user.type(screen.getByLabelText('Return date'), '2026-11-28');
    await user.click(screen.getByRole('button', { name: 'Search flights' }));

    expect(screen.getByTestId('returnDate-error').textContent).toBe('The return date can’t be before the departure date.');
    expect(api.requests().filter((r) => r.startsWith('GET /api/flights'))).toHaveLength(1);
  });

  it('shows the Api’s message about the return date next to it', async () => {
    fakeApi(
      on('GET', '/api/flights', {
        status: 400,
        body: { title: 'The flight search is not valid.', status: 400, errors: { date: ['Date must not be in the past.'] } },
      }),
      airports,
      on('GET', '/api/flights/out-1', { status: 200, body: outbound }),
    );
    renderAt('/?trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08&outbound=out-1');

    expect((await screen.findByTestId('returnDate-error')).textContent).toBe('Date must not be in the past.');
    expect(screen.queryByTestId('date-error')).toBeNull();
  });
});
