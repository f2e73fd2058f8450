import { findAirports, type FlightSummary } from '../../../api';
import type { FlightDraftAsTyped } from '../../../api/adminTypes';
import { toLocalInput, withAirportOffset } from './airportClock';

/**
 * The flight form's fields, named as the Api names them in FlightDraft and in its validation problems, so each
 * message lands next to its field. Times are datetime-local values on the airport's clock.
 */
export const flightFieldNames = [
  'flightNumber',
  'airline',
  'from',
  'to',
  'departureTime',
  'arrivalTime',
  'price',
  'aircraft',
  'totalSeats',
  'availableSeats',
] as const;
export type FlightFieldName = (typeof flightFieldNames)[number];

export type FlightFormValues = Record<FlightFieldName, string>;

export const emptyFlightForm: FlightFormValues = {
  flightNumber: '',
  airline: '',
  from: '',
  to: '',
  departureTime: '',
  arrivalTime: '',
  price: '',
  aircraft: '',
  totalSeats: '',
  availableSeats: '',
};

/** The form for changing a flight: as it is now, with no seats still to put on sale. */
export function flightFormOf(flight: FlightSummary): FlightFormValues {
  return {
    flightNumber: flight.flightNumber,
    airline: flight.airline,
    from: flight.from,
    to: flight.to,
    departureTime: toLocalInput(flight.departureTime),
    arrivalTime: toLocalInput(flight.arrivalTime),
    price: String(flight.price),
    aircraft: flight.aircraft,
    totalSeats: String(flight.totalSeats),
    availableSeats: '',
  };
}

/** IANA time zones of the route's airports, when the Api knows the codes. */
export interface RouteTimeZones {
  from?: string;
  to?: string;
}

/**
 * The body for the Api: text trimmed, blanks as null, numbers as numbers when they read as one (else the text,
 * for the server to refuse), departure on the origin's clock and arrival on the destination's.
 */
export function toFlightDraft(values: FlightFormValues, zones: RouteTimeZones): FlightDraftAsTyped {
  return {
    flightNumber: text(values.flightNumber),
    airline: text(values.airline),
    from: text(values.from),
    to: text(values.to),
    departureTime: instant(values.departureTime, zones.from),
    arrivalTime: instant(values.arrivalTime, zones.to),
    price: number(values.price),
    aircraft: text(values.aircraft),
    totalSeats: number(values.totalSeats),
    availableSeats: number(values.availableSeats),
  };
}

/** Looks up both airports' time zones; an unknown code has none (the server says what is wrong with it). */
export async function routeTimeZones(values: FlightFormValues): Promise<RouteTimeZones> {
  const [from, to] = await Promise.all([timeZoneOf(values.from), timeZoneOf(values.to)]);
  return { from, to };
}

async function timeZoneOf(code: string): Promise<string | undefined> {
  const wanted = code.trim().toUpperCase();
  if (wanted === '') return undefined;
  try {
    const airports = await findAirports(wanted, 5);
    return airports.find((airport) => airport.code.toUpperCase() === wanted)?.timeZone;
  } catch {
    return undefined;
  }
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function number(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : trimmed;
}

/** Without the airport's zone the time goes as UTC; the server then refuses the airport anyway. */
function instant(localDateTime: string, timeZone: string | undefined): string | null {
  const value = localDateTime.trim();
  if (value === '') return null;
  return withAirportOffset(value, timeZone ?? 'UTC');
}
