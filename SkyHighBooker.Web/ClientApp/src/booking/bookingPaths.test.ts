import { expect, it } from 'vitest';
import { bookFlightPath, bookingPath, bookTripPath, paymentPath, readJourney, readTrip } from './bookingPaths';

it('reads the party size, one passenger by default', () => {
  expect(readJourney(new URLSearchParams('passengers=2'))).toEqual({ passengers: 2 });
  expect(readJourney(new URLSearchParams('passengers=abc'))).toEqual({ passengers: 1 });
});

it('carries the party size from page to page', () => {
  expect(bookFlightPath('f1', { passengers: 3 })).toBe('/flights/f1/book?passengers=3');
  expect(paymentPath('b1', { passengers: 2 })).toBe('/bookings/b1/pay?passengers=2');
  expect(bookingPath('b1')).toBe('/bookings/b1');
});

it('a trip of several flights goes to its booking page and is read back in order', () => {
  const path = bookTripPath({ flightIds: ['f1', 'f2'], passengers: 3 });
  expect(path).toBe('/trips/book?flights=f1,f2&passengers=3');
  expect(readTrip(new URLSearchParams(path.split('?')[1]))).toEqual({ flightIds: ['f1', 'f2'], passengers: 3 });
  expect(readTrip(new URLSearchParams(''))).toEqual({ flightIds: [], passengers: 1 });
});
