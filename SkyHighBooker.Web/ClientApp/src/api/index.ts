export * from './types';
export { ApiError, isAbort, sendJson, setApiAuthentication, type ApiAuthentication, type WriteMethod } from './http';
export { parseProblemDetails, messagesByField, type FieldMessages } from './problemDetails';
export { findAirports } from './airports';
export { searchFlights, getFlight, flightSearchParams, type FlightSearchQuery } from './flights';
export { getMe } from './me';
