// Shapes of the admin endpoints, taken from the Api's OpenAPI document (schema.d.ts, generated).
import type { components } from './schema';

type Schemas = components['schemas'];

/** The body of POST /api/admin/flights and PUT /api/admin/flights/{id}. */
export type FlightDraft = Schemas['FlightDraft'];
export type AdminBookingView = Schemas['AdminBookingView'];
export type BookingView = Schemas['BookingView'];
export type FailedDocumentView = Schemas['FailedDocumentView'];
export type SeatMapView = Schemas['SeatMapView'];

export const flightStatuses = ['scheduled', 'cancelled'] as const;
export type FlightStatus = (typeof flightStatuses)[number];

export const bookingStatuses = ['pending_payment', 'confirmed', 'expired', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
