import type { AdminStatsQuery } from '../../../api/admin';
import type { ListFilters } from '../listFilters';

/** The dashboard's filters, named as the GET /api/admin/stats/… endpoints name their query parameters. */
export const dashboardFilterKeys = ['start', 'end', 'from', 'to'] as const;
export type DashboardFilters = ListFilters<(typeof dashboardFilterKeys)[number]>;

/** The Api query for the filters (the dashboard has no pages). */
export function statsQueryOf({ start, end, from, to }: DashboardFilters): AdminStatsQuery {
  return { start, end, from, to };
}
