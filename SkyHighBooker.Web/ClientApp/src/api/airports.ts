import { getJson } from './http';
import type { Airport } from './types';

/** Airports whose code, city or name match the text (GET /api/airports). */
export function findAirports(text: string, limit = 8, signal?: AbortSignal): Promise<Airport[]> {
  const query = new URLSearchParams({ q: text, limit: String(limit) });
  return getJson<Airport[]>('/api/airports', query, signal);
}
