import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlightSummary, SeatMapView } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { BookFlightPage } from './BookFlightPage';

const flight: FlightSummary = {
  id: 'f1',
  flightNumber: 'SH101',
  airline: 'Sky High',
  from: 'JFK',
  to: 'LAX',
  departureTime: '2026-12-01T08:30:00-05:00',
  arrivalTime: '2026-12-01T11:45:00-08:00',
  durationMinutes: 375,
  aircraft: 'Airbus A320',
  price: 100,
  currency: 'USD',
  availableSeats: 3,
  totalSeats: 180,
  status: 'scheduled',
};

const seatMap: SeatMapView = {
  flightId: 'f1',
  aircraft: 'Airbus A320',
  availableSeats: 3,
  seats: [
    { number: '1A', row: 1, letter: 'A', cabin: 'business', fare: 320, state: 'available' },
    { number: '1C', row: 1, letter: 'C', cabin: 'business', fare: 320, state: 'booked' },
    { number: '2A', row: 2, letter: 'A', cabin: 'economy', fare: 100, state: 'available' },
    { number: '2B', row: 2, letter: 'B', cabin: 'economy', fare: 100, state: 'held' },
    { number: '2C', row: 2, letter: 'C', cabin: 'economy', fare: 100, state: 'available' },
  ],
};

afterEach(() => vi.unstubAllGlobals());

const flightRoutes = [on('GET', '/api/flights/f1', { status: 200, body: flight })];

function renderPage() {
  return renderWithAuth(<BookFlightPage />, {
    url: '/flights/f1/book?passengers=2',
    path: '/flights/:flightId/book',
    auth: fakeAuth({ status: 'signedIn', user: ada }),
  });
}

async function fillPassengers(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Passenger 1 full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText('Passenger 2 full name'), 'Charles Babbage');
  await user.type(screen.getByLabelText('Passenger 2 email'), 'charles@example.com');
  await user.click(screen.getByRole('button', { name: 'Seat 1A, business, $320.00' }));
  await user.click(screen.getByRole('button', { name: 'Seat 2A, economy, $100.00' }));
}

describe('BookFlightPage', () => {
  it('shows the flight and its seats, each seat a button naming its cabin and fare or that it is taken', async () => {
    fakeApi(...flightRoutes, on('GET', '/api/flights/f1/seats', { status: 200, body: seatMap }));
    renderPage();

    expect(await screen.findByText('JFK → LAX')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Business cabin' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Seat 1C, business, booked' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Seat 2B, economy, held' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Passenger 1 email') as HTMLInputElement).value).toBe('ada@example.com');
  });

  it('gives each passenger the seat chosen while they are choosing, and totals the seat map’s fares', async () => {
    const user = userEvent.setup();
    fakeApi(...flightRoutes, on('GET', '/api/flights/f1/seats', { status: 200, body: seatMap }));
    renderPage();

    await fillPassengers(user);

    expect(screen.getByTestId('passenger-1-seat').textContent).toContain('1A');
    expect(screen.getByTestId('passenger-2-seat').textContent).toContain('2A');
    expect(screen.getByRole('button', { name: 'Seat 1A, business, $320.00' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('seat-total').textContent).toBe('$420.00');

    await user.click(screen.getByRole('radio', { name: /Passenger 1/ }));
    await user.click(screen.getByRole('button', { name: 'Seat 2C, economy, $100.00' }));
    expect(screen.getByTestId('passenger-1-seat').textContent).toContain('2C');
    expect(screen.getByTestId('seat-total').textContent).toBe('$200.00');
  });

  it('books with an idempotency key and goes on to payment', async () => {
    const user = userEvent.setup();
    const { fetchMock } = fakeApi(
      ...flightRoutes,
      on('GET', '/api/flights/f1/seats', { status: 200, body: seatMap }),
      on('POST', '/api/bookings', { status: 201, body: { id: 'b1' } }),
    );
    renderPage();

    await fillPassengers(user);
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/bookings/b1/pay?passengers=2'));
    const [, init] = fetchMock.mock.calls.find(([url, i]) => url === '/api/bookings' && i?.method === 'POST')!;
    expect((init!.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(init!.body as string)).toEqual({
      flightId: 'f1',
      passengers: [
        { name: 'Ada Lovelace', email: 'ada@example.com', seat: '1A' },
        { name: 'Charles Babbage', email: 'charles@example.com', seat: '2A' },
      ],
    });
  });

  it('shows a seat that went to someone else next to that passenger, and reads the seat map again', async () => {
    const user = userEvent.setup();
    const taken = { ...seatMap, seats: seatMap.seats.map((s) => (s.number === '2A' ? { ...s, state: 'held' } : s)) };
    fakeApi(
      ...flightRoutes,
      on('GET', '/api/flights/f1/seats', inTurn({ status: 200, body: seatMap }, { status: 200, body: taken })),
      on('POST', '/api/bookings', {
        status: 409,
        body: {
          title: 'Conflict',
          status: 409,
          detail: 'Seat 2A just went to someone else; choose another.',
          errors: { 'passengers[1].seat': ['Seat 2A just went to someone else; choose another.'] },
        },
      }),
    );
    renderPage();

    await fillPassengers(user);
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    const passenger2 = screen.getByTestId('passenger-2');
    expect((await within(passenger2).findByRole('alert')).textContent).toContain('Seat 2A just went to someone else');
    expect(await screen.findByRole('button', { name: 'Seat 2A, economy, held' })).toBeTruthy();
    expect(screen.getByTestId('passenger-2-seat').textContent).toContain('not chosen yet');
  });
});
