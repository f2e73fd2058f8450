// Shapes of the admin endpoints, taken from the Api's OpenAPI document (schema.d.ts, generated).
import type { components } from './schema';
import type { AsWritten } from './types';

type Schemas = components['schemas'];

/** The body of POST /api/admin/flights and PUT /api/admin/flights/{id}. */
export type FlightDraft = Schemas['FlightDraft'];
export type AdminBookingView = AsWritten<Schemas['AdminBookingView']>;
export type FailedDocumentView = AsWritten<Schemas['FailedDocumentView']>;
export type StuckPaymentJobView = AsWritten<Schemas['StuckPaymentJobView']>;

export const flightStatuses = ['scheduled', 'cancelled'] as const;
export type FlightStatus = (typeof flightStatuses)[number];

export const bookingStatuses = ['pending_payment', 'confirmed', 'expired', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
