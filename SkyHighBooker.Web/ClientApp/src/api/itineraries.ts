import { getJson } from './http';
import { queryParams } from './queryParams';
import type { FareCalendar, ItinerarySearchResult, ItinerarySort } from './types';

/** Query of GET /api/itineraries. */
export interface ItinerarySearchQuery {
  from: string;
  to: string;
  /** yyyy-MM-dd, the departure date at the origin. */
  date: string;
  passengers: number;
  maxStops?: number;
  sort?: ItinerarySort;
}

/** Query of GET /api/fares/calendar. */
export interface FareCalendarQuery {
  from: string;
  to: string;
  /** yyyy-MM, the month of departure at the origin. */
  month: string;
  passengers: number;
}

export function searchItineraries(query: ItinerarySearchQuery, signal?: AbortSignal): Promise<ItinerarySearchResult> {
  const params = queryParams(query, ['from', 'to', 'date', 'passengers', 'maxStops', 'sort']);
  return getJson<ItinerarySearchResult>('/api/itineraries', params, signal);
}

export function getFareCalendar(query: FareCalendarQuery, signal?: AbortSignal): Promise<FareCalendar> {
  return getJson<FareCalendar>('/api/fares/calendar', queryParams(query, ['from', 'to', 'month', 'passengers']), signal);
}
