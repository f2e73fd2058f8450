// Shapes of the admin endpoints, taken from the Api's OpenAPI document (schema.d.ts, generated).
import type { components } from './schema';

type Schemas = components['schemas'];

/** The body of POST /api/admin/flights and PUT /api/admin/flights/{id}. */
export type FlightDraft = Schemas['FlightDraft'];
/**
 * A flight draft as the admin typed it: a number that does not read as one is sent as its text, for the Api to
 * refuse naming the field (its document allows only numbers there).
 */
export type FlightDraftAsTyped = {
  [K in keyof FlightDraft]: FlightDraft[K] extends number | null ? FlightDraft[K] | string : FlightDraft[K];
};
export type AdminBookingView = Schemas['AdminBookingView'];
export type FailedDocumentView = Schemas['FailedDocumentView'];
export type StuckPaymentJobView = Schemas['StuckPaymentJobView'];
export type FailedEmailJobView = Schemas['FailedEmailJobView'];
export type SalesStatsView = Schemas['SalesStatsView'];
export type LoadFactorStatsView = Schemas['LoadFactorStatsView'];
export type CancellationStatsView = Schemas['CancellationStatsView'];
export type JobHealthStatsView = Schemas['JobHealthStatsView'];
export type JobQueueHealth = Schemas['JobQueueHealth'];
export type AdminUserPage = Schemas['AdminUserPage'];
export type AdminUserView = Schemas['AdminUserView'];
