export * from './types';
export { ApiError, isAbort, sendJson, setApiAuthentication, type ApiAuthentication, type WriteMethod } from './http';
export { parseProblemDetails, messagesByField, type FieldMessages } from './problemDetails';
export { findAirports } from './airports';
export { searchFlights, getFlight, flightSearchParams, type FlightSearchQuery } from './flights';
export { searchItineraries, getFareCalendar, type ItinerarySearchQuery, type FareCalendarQuery } from './itineraries';
export { eraseMyAccount, getMe, refreshMe } from './me';
export { getSeatMap } from './seats';
export {
  createBooking,
  getBooking,
  listMyBookings,
  cancelBooking,
  startPayment,
  refreshPayment,
  listPayments,
  listDocuments,
} from './bookings';
export { uploadProfilePicture } from './profilePicture';
export { listTravelDocuments, uploadTravelDocument, deleteTravelDocument } from './travelDocuments';
export { aircraftImageUrl, airlineLogoUrl, routeMapUrl, siteLogoUrl } from './publicAssets';
