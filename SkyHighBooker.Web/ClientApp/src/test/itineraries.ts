import type { FareCalendar, FlightSummary, Itinerary } from '../api';
import { sh101 } from './flights';

/** Boston to Chicago, then Chicago to San Francisco an hour after landing, as the Api lists them. */
export const toChicago: FlightSummary = {
  ...sh101,
  id: '7a1c0000-0000-4000-8000-000000000001',
  flightNumber: 'SH410',
  from: 'BOS',
  to: 'ORD',
  departureTime: '2026-12-01T09:00:00-05:00',
  arrivalTime: '2026-12-01T10:30:00-06:00',
  durationMinutes: 150,
  price: 120,
};

export const onToSanFrancisco: FlightSummary = {
  ...sh101,
  id: '7a1c0000-0000-4000-8000-000000000002',
  flightNumber: 'SH822',
  from: 'ORD',
  to: 'SFO',
  departureTime: '2026-12-01T11:30:00-06:00',
  arrivalTime: '2026-12-01T14:00:00-08:00',
  durationMinutes: 270,
  price: 180,
};

export const viaChicago: Itinerary = {
  legs: [toChicago, onToSanFrancisco],
  layovers: [{ airport: 'ORD', minutes: 60 }],
  stops: 1,
  departureTime: toChicago.departureTime,
  arrivalTime: onToSanFrancisco.arrivalTime,
  totalMinutes: 480,
  price: 300,
  currency: 'USD',
  availableSeats: 120,
};

/** December 2026 from BOS to SFO: fares on the 1st to the 3rd (cheapest the 2nd), nothing on the other days. */
export const decemberFares: FareCalendar = {
  from: 'BOS',
  to: 'SFO',
  month: '2026-12',
  passengers: 1,
  currency: 'USD',
  days: Array.from({ length: 31 }, (_, index) => {
    const date = `2026-12-${String(index + 1).padStart(2, '0')}`;
    const fares: Record<string, [number, number | null, number | null]> = {
      '2026-12-01': [300, 450, 300],
      '2026-12-02': [260, 260, 280],
      '2026-12-03': [410, null, 410],
    };
    const [lowest, lowestDirect, lowestWithOneStop] = fares[date] ?? [null, null, null];
    return { date, lowest, lowestDirect, lowestWithOneStop };
  }),
};
