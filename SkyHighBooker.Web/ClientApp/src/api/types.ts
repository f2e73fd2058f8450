// Shapes of the Api's JSON, as SkyHighBooker.Api serialises them (camelCase).
// Keep in step with the Api's OpenAPI document (/openapi/v1.json).

export interface Airport {
  code: string;
  city: string;
  name: string;
  country: string;
  timeZone: string;
}

export interface FlightSummary {
  id: string;
  flightNumber: string;
  airline: string;
  from: string;
  to: string;
  /** ISO-8601 with the origin airport's local offset, e.g. "2026-12-01T08:30:00-05:00". */
  departureTime: string;
  /** ISO-8601 with the destination airport's local offset. */
  arrivalTime: string;
  durationMinutes: number;
  aircraft: string;
  price: number;
  currency: string;
  availableSeats: number;
}

export interface PagedResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  totalPages: number;
}

export const flightSorts = ['price', 'departure', 'duration'] as const;
export type FlightSort = (typeof flightSorts)[number];

/** RFC 9457 problem details, with ASP.NET Core's per-field `errors` extension. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors: Record<string, string[]>;
}

export type UserRole = 'user' | 'admin';

/** The signed-in user as the Api knows them (GET /api/me). */
export interface UserProfile {
  /** Cognito's `sub`. */
  id: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string;
  role: UserRole;
  /** ISO-8601 instant. */
  createdAt: string;
  /** ISO-8601 instant; null before the first sign-in the Api has seen. */
  lastLoginAt: string | null;
  mfaEnabled: boolean;
}
