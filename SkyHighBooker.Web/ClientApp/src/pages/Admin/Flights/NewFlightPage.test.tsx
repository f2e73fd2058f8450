import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, on } from '../../../test/fakeApi';
import { sh101 } from '../../../test/flights';
import { NewFlightPage } from './NewFlightPage';

const airports = [
  { code: 'JFK', city: 'New York', name: 'John F. Kennedy International', country: 'United States', timeZone: 'America/New_York' },
  { code: 'LAX', city: 'Los Angeles', name: 'Los Angeles International', country: 'United States', timeZone: 'America/Los_Angeles' },
];
const airportSearch = on('GET', '/api/airports', (url) => {
  const q = new URL(url, 'http://x').searchParams.get('q')?.toUpperCase();
  return { status: 200, body: airports.filter((a) => a.code === q) };
});

function Landing() {
  const location = useLocation();
  return <output data-testid="landed">{`${location.pathname}${location.search} ${JSON.stringify(location.state)}`}</output>;
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/admin/flights/new']}>
      <Routes>
        <Route path="/admin/flights/new" element={<NewFlightPage />} />
        <Route path="/admin/flights" element={<Landing />} />
      </Routes>
    </MemoryRouter>,
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Flight number'), 'SH900');
  await user.type(screen.getByLabelText('Airline'), 'Sky High Air');
  await user.type(screen.getByLabelText('From'), 'JFK');
  await user.type(screen.getByLabelText('To'), 'LAX');
  await user.type(screen.getByLabelText('Departure'), '2026-12-01T08:30');
  await user.type(screen.getByLabelText('Arrival'), '2026-12-01T11:05');
  await user.type(screen.getByLabelText('Price (USD)'), '199.99');
  await user.type(screen.getByLabelText('Aircraft'), 'Airbus A320');
  await user.type(screen.getByLabelText('Total seats'), '150');
}

afterEach(() => vi.unstubAllGlobals());

describe('NewFlightPage', () => {
  it('schedules the flight with each time on its airport clock, then lists it', async () => {
    const created = {
      ...sh101,
      id: 'f-new',
      flightNumber: 'SH900',
      aircraft: 'Airbus A320',
      price: 199.99,
      totalSeats: 150,
      availableSeats: 150,
    };
    const api = fakeApi(airportSearch, on('POST', '/api/admin/flights', { status: 201, body: created }));
    const user = userEvent.setup();
    renderPage();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create flight' }));

    await waitFor(() =>
      expect(screen.getByTestId('landed').textContent).toBe(
        '/admin/flights?flightNumber=SH900&date=2026-12-01 {"notice":"Flight SH900 created."}',
      ),
    );
    const post = api.requests().findIndex((r) => r.startsWith('POST'));
    expect(api.bodyOf(post)).toEqual({
      flightNumber: 'SH900',
      airline: 'Sky High Air',
      from: 'JFK',
      to: 'LAX',
      departureTime: '2026-12-01T08:30:00-05:00',
      arrivalTime: '2026-12-01T11:05:00-08:00',
      price: 199.99,
      aircraft: 'Airbus A320',
      totalSeats: 150,
      availableSeats: null,
    });
  });

  it('shows each of the Api’s messages under its field', async () => {
    fakeApi(
      airportSearch,
      on('POST', '/api/admin/flights', {
        status: 400,
        body: {
          title: 'The flight is not valid.',
          status: 400,
          errors: {
            departureTime: ['Departure must be in the future.'],
            flightNumber: ['Flight number is an airline code and 1–4 digits, e.g. AA100.'],
          },
        },
      }),
    );
    const user = userEvent.setup();
    renderPage();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create flight' }));

    expect((await screen.findByTestId('departureTime-error')).textContent).toBe('Departure must be in the future.');
    expect(screen.getByTestId('flightNumber-error').textContent).toContain('airline code');
    expect(screen.getByLabelText('Departure').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('flight-form-error').textContent).toContain('The flight is not valid.');
    expect(screen.queryByTestId('price-error')).toBeNull();
  });

  it('shows a clash of flight numbers under the flight number', async () => {
    fakeApi(
      airportSearch,
      on('POST', '/api/admin/flights', {
        status: 409,
        body: {
          title: 'Conflict',
          status: 409,
          detail: 'SH900 already flies on 2026-12-01.',
          errors: { flightNumber: ['SH900 already flies on 2026-12-01.'] },
        },
      }),
    );
    const user = userEvent.setup();
    renderPage();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create flight' }));

    expect((await screen.findByTestId('flightNumber-error')).textContent).toBe('SH900 already flies on 2026-12-01.');
  });
});
