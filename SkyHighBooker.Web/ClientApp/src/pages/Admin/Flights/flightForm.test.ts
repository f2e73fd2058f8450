import { describe, expect, it } from 'vitest';
import type { FlightSummary } from '../../../api';
import { sh101 } from '../../../test/flights';
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
    const flight: FlightSummary = { ...sh101, id: 'f1', availableSeats: 3 };
    expect(flightFormOf(flight)).toEqual({
      ...filled,
      flightNumber: 'SH101',
      price: '249',
    });
  });
});
