import type { AdminFlightQuery } from '../../../api/admin';
import type { FlightStatus } from '../../../api';
import type { ListFilters } from '../listFilters';

/** The flight list's filters, named as GET /api/admin/flights names its query parameters. */
export const flightFilterKeys = ['flightNumber', 'from', 'to', 'date', 'status'] as const;
export type FlightFilters = ListFilters<(typeof flightFilterKeys)[number]>;

export const adminPageSize = 20;

/** The Api query for the filters; a status the Api does not know goes along for it to refuse. */
export function flightQueryOf(filters: FlightFilters): AdminFlightQuery {
  return { ...filters, status: filters.status as FlightStatus | '', pageSize: adminPageSize };
}
