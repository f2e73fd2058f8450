// Shapes of the Api's JSON, taken from schema.d.ts, which `npm run api:types` generates from the Api's OpenAPI
// document (openapi.json; a test fails when the two drift apart).
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * A response as the Api writes it. The document lets numbers also be strings, because the Api accepts both on
 * the way in; on the way out they are always JSON numbers.
 */
export type AsWritten<T> = [number] extends [T]
  ? [string] extends [T]
    ? Exclude<T, string>
    : T
  : T extends (infer Item)[]
    ? AsWritten<Item>[]
    : T extends object
      ? { [K in keyof T]: AsWritten<T[K]> }
      : T;

export type Airport = Schemas['AirportMatch'];

/** departureTime / arrivalTime are ISO-8601 with each airport's local offset, e.g. "2026-12-01T08:30:00-05:00". */
export type FlightSummary = AsWritten<Schemas['FlightSummary']>;

export interface PagedResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  totalPages: number;
}

export const flightSorts = ['price', 'departure', 'duration'] as const;
export type FlightSort = (typeof flightSorts)[number];

/** RFC 9457 problem details, with ASP.NET Core's per-field `errors` extension, as parseProblemDetails reads them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors: Record<string, string[]>;
}

export type UserRole = 'user' | 'admin';

/** The signed-in user as the Api knows them (GET /api/me); `id` is Cognito's `sub`. */
export type UserProfile = AsWritten<Schemas['UserProfile']>;
export type ProfilePictureRequest = Schemas['ProfilePictureRequest'];
export type ProfilePictureUpload = Schemas['ProfilePictureUpload'];
export type ProfilePictureCompletionRequest = Schemas['ProfilePictureCompletionRequest'];

export type SeatMapView = AsWritten<Schemas['SeatMapView']>;
export type SeatView = AsWritten<Schemas['SeatView']>;

export type BookingRequest = Schemas['BookingRequest'];
export type PassengerRequest = Schemas['PassengerRequest'];
export type BookingView = AsWritten<Schemas['BookingView']>;
export type PassengerView = AsWritten<Schemas['PassengerView']>;
export type PaymentView = AsWritten<Schemas['PaymentView']>;
export type DocumentView = AsWritten<Schemas['DocumentView']>;
