import { getJson } from './http';
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

const queryOrder: (keyof FlightSearchQuery)[] = [
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
  const params = new URLSearchParams();
  for (const key of queryOrder) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) params.set(key, String(value));
      continue;
    }
    const text = value.trim();
    if (text !== '') params.set(key, text);
  }
  return params;
}

export function searchFlights(query: FlightSearchQuery, signal?: AbortSignal): Promise<PagedResult<FlightSummary>> {
  return getJson<PagedResult<FlightSummary>>('/api/flights', flightSearchParams(query), signal);
}
