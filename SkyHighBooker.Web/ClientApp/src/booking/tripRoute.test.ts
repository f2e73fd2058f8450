import { describe, expect, it } from 'vitest';
import type { BookingView } from '../api';
import { confirmedBooking } from '../test/bookings';
import { seatsOnEveryFlight, tripRoute } from './tripRoute';

const connection: BookingView = {
  ...confirmedBooking,
  from: 'BOS',
  to: 'ORD',
  segments: [
    { ...confirmedBooking.segments[0]!, flightNumber: 'SH410', from: 'BOS', to: 'ORD', seats: [{ passenger: 1, seat: '5A', cabin: 'economy', fare: 120 }] },
    { ...confirmedBooking.segments[0]!, position: 2, flightNumber: 'SH822', from: 'ORD', to: 'SFO', seats: [{ passenger: 1, seat: '7C', cabin: 'business', fare: 576 }] },
  ],
};

describe('tripRoute', () => {
  it('names every airport a connection flies through, and just the two of a direct flight', () => {
    expect(tripRoute(connection)).toBe('BOS → ORD → SFO');
    expect(tripRoute(confirmedBooking)).toBe('JFK → LAX');
  });

  it('lists a passenger’s seat on each flight', () => {
    expect(seatsOnEveryFlight(connection, 1)).toBe('SH410 5A · SH822 7C');
    expect(seatsOnEveryFlight(connection, 2)).toBe('');
  });
});
