import { getJson } from './http';
import { queryParams } from './queryParams';
import type { FlightSort, FlightSummary, PagedResult } from './types';

/** Query of GET /api/flights. Optional text values that are empty are left out of the request. */
export interface FlightSearchQuery {
  from: string;
  to: string;
  /** yyyy-MM-dd, the departure date at the origin. */
  date: string;
  passengers: number;
  sort?: FlightSort;
  airline?: string;
  maxPrice?: string;
  /** HH:mm, origin local time. */
  departAfter?: string;
  /** HH:mm, origin local time. */
  departBefore?: string;
  page?: number;
  pageSize?: number;
}

const queryOrder: readonly (keyof FlightSearchQuery)[] = [
  'from',
  'to',
  'date',
  'passengers',
  'sort',
  'airline',
  'maxPrice',
  'departAfter',
  'departBefore',
  'page',
  'pageSize',
];

/** Builds the query string for GET /api/flights: values trimmed, empty ones omitted, in a stable order. */
export function flightSearchParams(query: FlightSearchQuery): URLSearchParams {
  return queryParams(query, queryOrder);
}

export function searchFlights(query: FlightSearchQuery, signal?: AbortSignal): Promise<PagedResult<FlightSummary>> {
  return getJson<PagedResult<FlightSummary>>('/api/flights', flightSearchParams(query), signal);
}

/** One flight (GET /api/flights/{id}), cancelled ones included. */
export function getFlight(id: string, signal?: AbortSignal): Promise<FlightSummary> {
  return getJson<FlightSummary>(`/api/flights/${encodeURIComponent(id)}`, undefined, signal);
}
