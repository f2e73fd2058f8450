import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SeatMapView } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { onToSanFrancisco, toChicago } from '../../test/itineraries';
import { BookTripPage } from './BookTripPage';

const seatMapOf = (flightId: string, fare: number): SeatMapView => ({
  flightId,
  aircraft: 'Airbus A320',
  availableSeats: 3,
  seats: [
    { number: '1A', row: 1, letter: 'A', cabin: 'business', fare: fare * 3.2, state: 'available' },
    { number: '2A', row: 2, letter: 'A', cabin: 'economy', fare, state: 'available' },
    { number: '2C', row: 2, letter: 'C', cabin: 'economy', fare, state: 'available' },
  ],
});
const firstMap = seatMapOf(toChicago.id, 120);
const secondMap = seatMapOf(onToSanFrancisco.id, 180);

afterEach(() => vi.unstubAllGlobals());

const flightRoutes = [
  on('GET', `/api/flights/${toChicago.id}`, { status: 200, body: toChicago }),
  on('GET', `/api/flights/${onToSanFrancisco.id}`, { status: 200, body: onToSanFrancisco }),
  on('GET', `/api/flights/${toChicago.id}/seats`, { status: 200, body: firstMap }),
];

function renderPage() {
  return renderWithAuth(<BookTripPage />, {
    url: `/trips/book?flights=${toChicago.id},${onToSanFrancisco.id}&passengers=2`,
    path: '/trips/book',
    auth: fakeAuth({ status: 'signedIn', user: ada }),
  });
}

async function fillTrip(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Passenger 1 full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText('Passenger 2 full name'), 'Charles Babbage');
  await user.type(screen.getByLabelText('Passenger 2 email'), 'charles@example.com');
  const first = within(screen.getByTestId('leg-1'));
  await user.click(first.getByRole('button', { name: 'Seat 2A, economy, $120.00' }));
  await user.click(first.getByRole('button', { name: 'Seat 2C, economy, $120.00' }));
  const second = within(screen.getByTestId('leg-2'));
  await user.click(second.getByRole('button', { name: 'Seat 1A, business, $576.00' }));
  await user.click(second.getByRole('button', { name: 'Seat 2C, economy, $180.00' }));
}

describe('BookTripPage', () => {
  it('asks for the passengers once and each one’s seat on every flight, totalling all the seats', async () => {
    const user = userEvent.setup();
    fakeApi(...flightRoutes, on('GET', `/api/flights/${onToSanFrancisco.id}/seats`, { status: 200, body: secondMap }));
    renderPage();

    await fillTrip(user);

    expect(screen.getByRole('heading', { name: /Flight 1 of 2: SH410 BOS → ORD/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Flight 2 of 2: SH822 ORD → SFO/ })).toBeTruthy();
    expect(screen.getAllByLabelText(/Passenger 1 full name/)).toHaveLength(1);
    expect(screen.getByTestId('passenger-1-seat').textContent).toContain('2A · 1A');
    expect(screen.getByTestId('passenger-2-seat').textContent).toContain('2C · 2C');
    expect(screen.getByTestId('seat-total').textContent).toBe('$996.00');
  });

  it('books every flight as one booking with an idempotency key and goes on to one payment', async () => {
    const user = userEvent.setup();
    const { fetchMock } = fakeApi(
      ...flightRoutes,
      on('GET', `/api/flights/${onToSanFrancisco.id}/seats`, { status: 200, body: secondMap }),
      on('POST', '/api/bookings', { status: 201, body: { id: 'b1' } }),
    );
    renderPage();

    await fillTrip(user);
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/bookings/b1/pay?passengers=2'));
    const posts = fetchMock.mock.calls.filter(([url, init]) => url === '/api/bookings' && init?.method === 'POST');
    expect(posts).toHaveLength(1);
    const [, init] = posts[0]!;
    expect((init!.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(init!.body as string)).toEqual({
      passengers: [
        { name: 'Ada Lovelace', email: 'ada@example.com' },
        { name: 'Charles Babbage', email: 'charles@example.com' },
      ],
      segments: [
        { flightId: toChicago.id, seats: ['2A', '2C'] },
        { flightId: onToSanFrancisco.id, seats: ['1A', '2C'] },
      ],
    });
  });

  it('shows a seat taken on the second flight with that flight, and reads the seat maps again', async () => {
    const user = userEvent.setup();
    const taken = { ...secondMap, seats: secondMap.seats.map((s) => (s.number === '2C' ? { ...s, state: 'held' } : s)) };
    const message = 'Seat 2C on flight SH822 ORD→SFO (segment 2) just went to someone else; choose another.';
    fakeApi(
      ...flightRoutes,
      on('GET', `/api/flights/${onToSanFrancisco.id}/seats`, inTurn({ status: 200, body: secondMap }, { status: 200, body: taken })),
      on('POST', '/api/bookings', {
        status: 409,
        body: { title: 'Conflict', status: 409, detail: message, errors: { 'segments[1].seats[1]': [message] } },
      }),
    );
    renderPage();

    await fillTrip(user);
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    const second = within(screen.getByTestId('leg-2'));
    expect((await second.findByRole('alert')).textContent).toContain(`Passenger 2: ${message}`);
    expect(await second.findByRole('button', { name: 'Seat 2C, economy, held' })).toBeTruthy();
    expect(screen.getByTestId('passenger-2-seat').textContent).toContain('2C · –');
    expect(within(screen.getByTestId('leg-1')).queryByRole('alert')).toBeNull();
  });
});
