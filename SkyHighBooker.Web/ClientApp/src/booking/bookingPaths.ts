/**
 * What the journey carries from page to page in the query string: the party size. (A round trip is one booking of
 * both flights, booked together on the trip page.)
 */
export interface JourneyContext {
  passengers: number;
}

export function readJourney(search: URLSearchParams): JourneyContext {
  return { passengers: readPassengers(search) };
}

function readPassengers(search: URLSearchParams): number {
  const passengers = Number.parseInt(search.get('passengers') ?? '', 10);
  return Number.isInteger(passengers) && passengers >= 1 ? passengers : 1;
}

function journeyQuery({ passengers }: JourneyContext): string {
  return `?${new URLSearchParams({ passengers: String(passengers) })}`;
}

export function bookFlightPath(flightId: string, journey: JourneyContext): string {
  return `/flights/${encodeURIComponent(flightId)}/book${journeyQuery(journey)}`;
}

export function paymentPath(bookingId: string, journey: JourneyContext): string {
  return `/bookings/${encodeURIComponent(bookingId)}/pay${journeyQuery(journey)}`;
}

export function bookingPath(bookingId: string): string {
  return `/bookings/${encodeURIComponent(bookingId)}`;
}

/** The flights of a trip booked as one booking (a connection, a round trip), in the order flown, and the party size. */
export interface TripContext {
  flightIds: string[];
  passengers: number;
}

export function readTrip(search: URLSearchParams): TripContext {
  return { flightIds: (search.get('flights') ?? '').split(',').filter((id) => id !== ''), passengers: readPassengers(search) };
}

export function bookTripPath({ flightIds, passengers }: TripContext): string {
  return `/trips/book?flights=${flightIds.map(encodeURIComponent).join(',')}&passengers=${passengers}`;
}
