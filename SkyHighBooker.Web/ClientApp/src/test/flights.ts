import type { FlightSummary } from '../api';

/** A scheduled morning flight from New York to Los Angeles, as the Api lists it. */
export const sh101: FlightSummary = {
  id: '0b8f6f52-2f4a-4bb4-9a3e-0f3c8d3e1a01',
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
  availableSeats: 120,
  totalSeats: 180,
  status: 'scheduled',
};
