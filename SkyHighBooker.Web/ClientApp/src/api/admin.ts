import type {
  AdminBookingView,
  AdminUserPage,
  CancellationStatsView,
  FailedDocumentView,
  FailedEmailJobView,
  FlightDraftAsTyped,
  JobHealthStatsView,
  LoadFactorStatsView,
  SalesStatsView,
  StuckPaymentJobView,
} from './adminTypes';
import { getJson, getText, sendJson } from './http';
import { queryParams } from './queryParams';
import type { operations } from './schema';
import type { FlightSummary, PagedResult } from './types';

/** An operation's query as a filter form holds it: every value optional, an empty one meaning "any". */
type FilterQuery<Operation extends { parameters: { query?: object } }> = {
  [K in keyof NonNullable<Operation['parameters']['query']>]?: NonNullable<Operation['parameters']['query']>[K] | '';
};

/** Query of GET /api/admin/flights; empty values are left out. */
export type AdminFlightQuery = FilterQuery<operations['AdminListFlights']>;

const flightQueryOrder = ['flightNumber', 'from', 'to', 'date', 'status', 'page', 'pageSize'] as const;

export function adminFlightParams(query: AdminFlightQuery): URLSearchParams {
  return queryParams(query, flightQueryOrder);
}

export function listAdminFlights(query: AdminFlightQuery, signal?: AbortSignal): Promise<PagedResult<FlightSummary>> {
  return getJson('/api/admin/flights', adminFlightParams(query), signal);
}

export function createFlight(draft: FlightDraftAsTyped): Promise<FlightSummary> {
  return sendJson('POST', '/api/admin/flights', draft);
}

export function updateFlight(id: string, draft: FlightDraftAsTyped): Promise<FlightSummary> {
  return sendJson('PUT', `/api/admin/flights/${encodeURIComponent(id)}`, draft);
}

/** Cancels the flight; the server cancels and refunds its bookings. */
export function cancelFlight(id: string): Promise<void> {
  return sendJson('DELETE', `/api/admin/flights/${encodeURIComponent(id)}`);
}

/** Query of GET /api/admin/bookings; empty values are left out. */
export type AdminBookingQuery = FilterQuery<operations['AdminListBookings']>;

const bookingQueryOrder = ['flightId', 'status', 'userId', 'email', 'createdFrom', 'createdTo', 'page', 'pageSize'] as const;

export function adminBookingParams(query: AdminBookingQuery): URLSearchParams {
  return queryParams(query, bookingQueryOrder);
}

export function listAdminBookings(
  query: AdminBookingQuery,
  signal?: AbortSignal,
): Promise<PagedResult<AdminBookingView>> {
  return getJson('/api/admin/bookings', adminBookingParams(query), signal);
}

export function listFailedDocuments(signal?: AbortSignal): Promise<FailedDocumentView[]> {
  return getJson('/api/admin/documents/failed', undefined, signal);
}

export function listStuckPaymentJobs(signal?: AbortSignal): Promise<StuckPaymentJobView[]> {
  return getJson('/api/admin/payments/stuck', undefined, signal);
}

/** Query of GET /api/admin/emails/failed; empty values are left out. */
export type FailedEmailQuery = FilterQuery<operations['AdminListFailedEmails']>;

const failedEmailQueryOrder = ['state', 'kind', 'bookingId', 'userId', 'page', 'pageSize'] as const;

export function listFailedEmails(query: FailedEmailQuery, signal?: AbortSignal): Promise<PagedResult<FailedEmailJobView>> {
  return getJson('/api/admin/emails/failed', queryParams(query, failedEmailQueryOrder), signal);
}

/** Query of every GET /api/admin/stats/… endpoint (they take the same filter); empty values are left out. */
export type AdminStatsQuery = FilterQuery<operations['AdminSalesStats']>;

const statsQueryOrder = ['start', 'end', 'from', 'to'] as const;

export function adminStatsParams(query: AdminStatsQuery): URLSearchParams {
  return queryParams(query, statsQueryOrder);
}

export function getSalesStats(query: AdminStatsQuery, signal?: AbortSignal): Promise<SalesStatsView> {
  return getJson('/api/admin/stats/sales', adminStatsParams(query), signal);
}

export function getLoadFactorStats(query: AdminStatsQuery, signal?: AbortSignal): Promise<LoadFactorStatsView> {
  return getJson('/api/admin/stats/load-factor', adminStatsParams(query), signal);
}

export function getCancellationStats(query: AdminStatsQuery, signal?: AbortSignal): Promise<CancellationStatsView> {
  return getJson('/api/admin/stats/cancellations', adminStatsParams(query), signal);
}

export function getJobHealthStats(query: AdminStatsQuery, signal?: AbortSignal): Promise<JobHealthStatsView> {
  return getJson('/api/admin/stats/jobs', adminStatsParams(query), signal);
}

/** A page of the user pool's users (GET /api/admin/users); `pageToken` is the previous page's nextPageToken. */
export function listUsers(pageToken: string | null, signal?: AbortSignal): Promise<AdminUserPage> {
  const query = new URLSearchParams({ limit: '20' });
  if (pageToken) query.set('pageToken', pageToken);
  return getJson('/api/admin/users', query, signal);
}

/** Every user as Cognito's user import CSV (GET /api/admin/users/export). */
export function exportUsersCsv(signal?: AbortSignal): Promise<string> {
  return getText('/api/admin/users/export', signal);
}
