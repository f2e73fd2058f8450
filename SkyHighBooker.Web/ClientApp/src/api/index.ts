export * from './types';
export { ApiError, isAbort } from './http';
export { parseProblemDetails, messagesByField, type FieldMessages } from './problemDetails';
export { findAirports } from './airports';
export { searchFlights, flightSearchParams, type FlightSearchQuery } from './flights';
