// Shapes of the Api's JSON, taken from schema.d.ts, which `npm run api:types` generates from the Api's OpenAPI
// document (openapi.json; a test fails when the two drift apart).
import type { components } from './schema';

type Schemas = components['schemas'];

export type Airport = Schemas['AirportMatch'];

/** departureTime / arrivalTime are ISO-8601 with each airport's local offset, e.g. "2026-12-01T08:30:00-05:00". */
export type FlightSummary = Schemas['FlightSummary'];
export type FlightStatus = FlightSummary['status'];

/** One page of a list, for any item type: the paging fields as the document gives every PagedListOf… schema. */
export type PagedResult<T> = Omit<Schemas['PagedListOfFlightSummary'], 'items'> & { items: T[] };

export type FlightSort = NonNullable<Schemas['FlightSort']>;

/** Direct flights and connections (GET /api/itineraries); each leg is a FlightSummary on its airports' clocks. */
export type Itinerary = Schemas['Itinerary'];
export type Layover = Schemas['Layover'];
export type ItinerarySearchResult = Schemas['ItinerarySearchResult'];
export type ItinerarySort = NonNullable<Schemas['ItinerarySort']>;

/** Each day's lowest fares over a month (GET /api/fares/calendar); null where nothing flies or the day cannot be searched. */
export type FareCalendar = Schemas['FareCalendar'];
export type FareDay = Schemas['FareDay'];

/** RFC 9457 problem details, with ASP.NET Core's per-field `errors` extension, as parseProblemDetails reads them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors: Record<string, string[]>;
}

/** The signed-in user as the Api knows them (GET /api/me); `id` is Cognito's `sub`. */
export type UserProfile = Schemas['UserProfile'];
export type UserRole = UserProfile['role'];
export type ProfilePictureRequest = Schemas['ProfilePictureRequest'];
export type ProfilePictureUpload = Schemas['ProfilePictureUpload'];
export type ProfilePictureCompletionRequest = Schemas['ProfilePictureCompletionRequest'];

/** A passport or visa scan kept with the account; `downloadUrl` is a pre-signed link valid for a few minutes. */
export type TravelDocumentView = Schemas['TravelDocumentView'];
export type TravelDocumentUploadRequest = Schemas['TravelDocumentUploadRequest'];
export type TravelDocumentUpload = Schemas['TravelDocumentUpload'];
export type TravelDocumentFilingRequest = Schemas['TravelDocumentFilingRequest'];

export type SeatMapView = Schemas['SeatMapView'];
export type SeatView = Schemas['SeatView'];

export type BookingRequest = Schemas['BookingRequest'];
export type PassengerRequest = Schemas['PassengerRequest'];
export type BookingView = Schemas['BookingView'];
export type BookingStatus = BookingView['status'];
export type PassengerView = Schemas['PassengerView'];
export type PaymentView = Schemas['PaymentView'];
export type PaymentStatus = PaymentView['status'];
export type DocumentView = Schemas['DocumentView'];
/** What deleting the account did (POST /api/me/erasure). */
export type AccountErasure = Schemas['AccountErasureView'];
