import { describe, expect, it } from 'vitest';
import type { FlightSummary } from '../../../api';
import { emptyFlightForm, flightFormOf, toFlightDraft } from './flightForm';

const filled = {
  flightNumber: ' sh101 ',
  airline: 'Sky High Air',
  from: 'JFK',
  to: 'LAX',
  departureTime: '2026-12-01T08:30',
  arrivalTime: '2026-12-01T11:05',
  price: '249.50',
  aircraft: 'Airbus A321neo',
  totalSeats: '180',
  availableSeats: '',
};

describe('toFlightDraft', () => {
  it('sends each time on its own airport clock and numbers as numbers', () => {
    expect(toFlightDraft(filled, { from: 'America/New_York', to: 'America/Los_Angeles' })).toEqual({
      flightNumber: 'sh101',
      airline: 'Sky High Air',
      from: 'JFK',
      to: 'LAX',
      departureTime: '2026-12-01T08:30:00-05:00',
      arrivalTime: '2026-12-01T11:05:00-08:00',
      price: 249.5,
      aircraft: 'Airbus A321neo',
      totalSeats: 180,
      availableSeats: null,
    });
  });

  it('sends blanks as null and unreadable numbers as typed, for the server to judge', () => {
    const draft = toFlightDraft({ ...emptyFlightForm, price: 'cheap' }, {});
    expect(draft.flightNumber).toBeNull();
    expect(draft.departureTime).toBeNull();
    expect(draft.price).toBe('cheap');
  });
});

describe('flightFormOf', () => {
  it('fills the form from a flight, times on the airport clocks', () => {
    const flight: FlightSummary = {
      id: 'f1',
      flightNumber: 'SH101',
      airline: 'Sky High Air',
      from: 'JFK',
      to: 'LAX',
      departureTime: '2026-12-01T08:30:00-05:00',
      arrivalTime: '2026-12-01T11:05:00-08:00',
      durationMinutes: 335,
      aircraft: 'Airbus A321neo',
      price: 249,
      currency: 'USD',
      availableSeats: 3,
      totalSeats: 180,
      status: 'scheduled',
    };
    expect(flightFormOf(flight, 180)).toEqual({
      ...filled,
      flightNumber: 'SH101',
      price: '249',
    });
  });
});
