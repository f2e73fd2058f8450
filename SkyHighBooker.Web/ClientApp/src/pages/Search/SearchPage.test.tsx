import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlightSummary } from '../../api';
import { pageOf } from '../../test/fakeApi';
import { sh101 } from '../../test/flights';
import { SearchPage } from './SearchPage';

const morningFlight: FlightSummary = { ...sh101, availableSeats: 3 };

const redEye: FlightSummary = {
  ...morningFlight,
  id: '0b8f6f52-2f4a-4bb4-9a3e-0f3c8d3e1a02',
  flightNumber: 'CB2207',
  airline: 'Coastal Blue',
  departureTime: '2026-12-01T23:15:00-05:00',
  arrivalTime: '2026-12-02T02:10:00-08:00',
  durationMinutes: 355,
  aircraft: 'Boeing 737-800',
  price: 1189.5,
  availableSeats: 42,
};

type Answer = { status: number; body: unknown } | Error;

/** A stand-in for the Api: flights answers come from the list in turn; airports, itineraries and fares answer with none. */
function stubApi(...flightAnswers: Answer[]) {
  const fetchMock = vi.fn(async (url: string) => {
    if (url.startsWith('/api/airports')) return json(200, []);
    if (url.startsWith('/api/itineraries')) return json(200, { items: [], totalFound: 0, limit: 50, truncated: false });
    if (url.startsWith('/api/fares')) return json(200, { from: 'JFK', to: 'LAX', month: '2026-12', passengers: 1, currency: 'USD', days: [] });
    const answer = flightAnswers.length > 1 ? flightAnswers.shift()! : flightAnswers[0]!;
    if (answer instanceof Error) throw answer;
    return json(answer.status, answer.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    flightUrls: () => fetchMock.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/flights')),
  };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <SearchPage />
      <LocationProbe />
    </MemoryRouter>,
  );
}

const currentQuery = () => new URLSearchParams(screen.getByTestId('location').textContent ?? '');

afterEach(() => vi.unstubAllGlobals());

describe('SearchPage', () => {
  it('runs the search in the URL and shows each flight', async () => {
    const api = stubApi({ status: 200, body: pageOf([morningFlight, redEye]) });
    renderAt('/?from=JFK&to=LAX&date=2026-12-01&passengers=1');

    const rows = await screen.findAllByTestId('flight-result');

    expect(api.flightUrls()).toEqual([
      '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=price&page=1&pageSize=20',
    ]);
    expect(screen.getByTestId('results-total').textContent).toBe('Showing 1–2 of 2 flights');
    expect(rows).toHaveLength(2);

    const first = within(rows[0]!);
    expect(first.getByText('Sky High Air')).toBeTruthy();
    expect(first.getByText('SH101')).toBeTruthy();
    expect(first.getByText('Airbus A321neo')).toBeTruthy();
    expect(first.getByTestId('departure-time').textContent).toBe('8:30 AM');
    expect(first.getByTestId('arrival-time').textContent).toBe('11:05 AM');
    expect(first.getByTestId('duration').textContent).toBe('5h 35m');
    expect(first.getByTestId('price').textContent).toBe('$249.00');
    expect(first.getByTestId('seats-left').textContent).toBe('3 seats left');

    const second = within(rows[1]!);
    expect(second.getByTestId('departure-time').textContent).toBe('11:15 PM');
    expect(second.getByTestId('arrival-time').textContent).toBe('2:10 AM+1');
    expect(second.getByTestId('price').textContent).toBe('$1,189.50');
    expect(second.queryByTestId('seats-left')).toBeNull();
  });

  it('fills the form from the URL', async () => {
    stubApi({ status: 200, body: pageOf([]) });
    renderAt('/?from=JFK&to=LAX&date=2026-12-01&passengers=4&airline=Coastal%20Blue&maxPrice=300');

    const form = screen.getByTestId('flight-search-form');
    expect((within(form).getByLabelText('From') as HTMLInputElement).value).toBe('JFK');
    expect((within(form).getByLabelText('To') as HTMLInputElement).value).toBe('LAX');
    expect((within(form).getByLabelText('Departure date') as HTMLInputElement).value).toBe('2026-12-01');
    expect((within(form).getByLabelText('Passengers') as HTMLSelectElement).value).toBe('4');
    expect((screen.getByLabelText('Airline') as HTMLInputElement).value).toBe('Coastal Blue');
    expect((screen.getByLabelText('Max price (USD)') as HTMLInputElement).value).toBe('300');
    await screen.findByTestId('no-results');
  });

  it('asks for a route before searching', () => {
    const api = stubApi({ status: 200, body: pageOf([]) });
    renderAt('/');

    expect(screen.getByTestId('search-prompt')).toBeTruthy();
    expect(api.flightUrls()).toEqual([]);
    // The date defaults to a week ahead.
    const date = (screen.getByLabelText('Departure date') as HTMLInputElement).value;
    const expected = new Date();
    expected.setDate(expected.getDate() + 7);
    expect(date).toBe(
      `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
    );
  });

  it('writes the search to the URL and runs it', async () => {
    const api = stubApi({ status: 200, body: pageOf([morningFlight]) });
    const user = userEvent.setup();
    renderAt('/');

    await user.type(screen.getByLabelText('From'), 'JFK');
    await user.type(screen.getByLabelText('To'), 'LAX');
    await user.clear(screen.getByLabelText('Departure date'));
    await user.type(screen.getByLabelText('Departure date'), '2026-12-01');
    await user.selectOptions(screen.getByLabelText('Passengers'), '2');
    await user.click(screen.getByRole('button', { name: 'Search flights' }));

    await screen.findAllByTestId('flight-result');
    expect(screen.getByTestId('location').textContent).toBe(
      '?from=JFK&to=LAX&date=2026-12-01&passengers=2&sort=price',
    );
    expect(api.flightUrls()).toEqual([
      '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=2&sort=price&page=1&pageSize=20',
    ]);
  });

  it('shows each validation message next to its field and the rest in the general message', async () => {
    stubApi({
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: {
          From: ['Unknown airport "XXX".'],
          departAfter: ['Use the HH:mm format.'],
          pageSize: ['Page size must be between 1 and 100.'],
        },
      },
    });
    renderAt('/?from=XXX&to=LAX&date=2026-12-01&departAfter=06:00&pageSize=500');

    const fromError = await screen.findByTestId('from-error');
    expect(fromError.textContent).toBe('Unknown airport "XXX".');
    const from = screen.getByLabelText('From');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-describedby')).toContain('from-error');
    expect(screen.getByTestId('departAfter-error').textContent).toBe('Use the HH:mm format.');
    expect(screen.queryByTestId('to-error')).toBeNull();

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('One or more validation errors occurred.');
    expect(alert.textContent).toContain('Page size must be between 1 and 100.');
    expect(alert.textContent).not.toContain('Unknown airport');
    expect(screen.queryAllByTestId('flight-result')).toHaveLength(0);
  });

  it('shows a problem without field errors as a general message', async () => {
    stubApi({ status: 500, body: { title: 'An error occurred while processing your request.', status: 500 } });
    renderAt('/?from=JFK&to=LAX&date=2026-12-01');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong on our side.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('offers to try again when the server cannot be reached', async () => {
    const api = stubApi(new TypeError('Failed to fetch'), { status: 200, body: pageOf([morningFlight]) });
    const user = userEvent.setup();
    renderAt('/?from=JFK&to=LAX&date=2026-12-01');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not reach Sky High Booker.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findAllByTestId('flight-result')).toHaveLength(1);
    expect(api.flightUrls()).toHaveLength(2);
  });

  it('says so when nothing matches the filters and can clear them', async () => {
    stubApi({ status: 200, body: pageOf([]) }, { status: 200, body: pageOf([morningFlight]) });
    const user = userEvent.setup();
    renderAt('/?from=JFK&to=LAX&date=2026-12-01&maxPrice=10');

    const empty = await screen.findByTestId('no-results');
    expect(empty.textContent).toContain('No flights found.');
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));

    await screen.findAllByTestId('flight-result');
    expect(currentQuery().has('maxPrice')).toBe(false);
  });

  it('changes order from the first page and pages through results', async () => {
    const many = pageOf([morningFlight, redEye], { totalCount: 134, totalPages: 7 });
    const api = stubApi({ status: 200, body: many });
    const user = userEvent.setup();
    renderAt('/?from=JFK&to=LAX&date=2026-12-01');

    await screen.findAllByTestId('flight-result');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(currentQuery().get('page')).toBe('2'));

    await user.selectOptions(screen.getByLabelText('Sort by'), 'duration');
    await waitFor(() => expect(currentQuery().get('sort')).toBe('duration'));
    expect(currentQuery().has('page')).toBe(false);

    await screen.findAllByTestId('flight-result');
    expect(api.flightUrls()).toEqual([
      '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=price&page=1&pageSize=20',
      '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=price&page=2&pageSize=20',
      '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=duration&page=1&pageSize=20',
    ]);
  });

  it('applies filters from the first page', async () => {
    const api = stubApi({ status: 200, body: pageOf([morningFlight]) });
    const user = userEvent.setup();
    renderAt('/?from=JFK&to=LAX&date=2026-12-01&page=3');

    await screen.findAllByTestId('flight-result');
    await user.type(screen.getByLabelText('Airline'), 'Sky High Air');
    await user.type(screen.getByLabelText('After'), '06:00');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(currentQuery().get('airline')).toBe('Sky High Air'));
    expect(currentQuery().get('departAfter')).toBe('06:00');
    expect(currentQuery().has('page')).toBe(false);
    await waitFor(() =>
      expect(api.flightUrls().at(-1)).toBe(
        '/api/flights?from=JFK&to=LAX&date=2026-12-01&passengers=1&sort=price&airline=Sky+High+Air' +
          '&departAfter=06%3A00&page=1&pageSize=20',
      ),
    );
  });
});
