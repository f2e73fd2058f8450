import { getJson } from './http';
import type { SeatMapView } from './types';

/** The flight's seats with their cabin, fare and state (available, held or booked). */
export function getSeatMap(flightId: string, signal?: AbortSignal): Promise<SeatMapView> {
  return getJson<SeatMapView>(`/api/flights/${encodeURIComponent(flightId)}/seats`, undefined, signal);
}
