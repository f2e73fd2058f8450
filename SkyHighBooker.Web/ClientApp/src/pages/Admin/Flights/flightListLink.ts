import type { FlightSummary } from '../../../api';
import { toLocalInput } from './airportClock';

/** The flight list narrowed to one flight: its number on its local departure date. */
export function flightListLinkTo(flight: FlightSummary): string {
  const params = new URLSearchParams({ flightNumber: flight.flightNumber, date: toLocalInput(flight.departureTime).slice(0, 10) });
  return `/admin/flights?${params}`;
}
