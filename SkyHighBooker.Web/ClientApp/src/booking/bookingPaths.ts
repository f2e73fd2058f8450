/**
 * What the journey carries from page to page in the query string: the party size, and the return flight of a
 * round trip (booked after the outbound one is confirmed).
 */
export interface JourneyContext {
  passengers: number;
  returnFlightId: string | null;
}

export function readJourney(search: URLSearchParams): JourneyContext {
  const passengers = Number.parseInt(search.get('passengers') ?? '', 10);
  return {
    passengers: Number.isInteger(passengers) && passengers >= 1 ? passengers : 1,
    returnFlightId: search.get('return') || null,
  };
}

function journeyQuery({ passengers, returnFlightId }: JourneyContext): string {
  const query = new URLSearchParams({ passengers: String(passengers) });
  if (returnFlightId) query.set('return', returnFlightId);
  return `?${query}`;
}

export function bookFlightPath(flightId: string, journey: JourneyContext): string {
  return `/flights/${encodeURIComponent(flightId)}/book${journeyQuery(journey)}`;
}

export function paymentPath(bookingId: string, journey: JourneyContext): string {
  return `/bookings/${encodeURIComponent(bookingId)}/pay${journeyQuery(journey)}`;
}

export function bookingPath(bookingId: string, journey?: JourneyContext): string {
  return `/bookings/${encodeURIComponent(bookingId)}${journey?.returnFlightId ? journeyQuery(journey) : ''}`;
}

/** The flights of a trip booked as one booking (a connection, a round trip), in the order flown, and the party size. */
export interface TripContext {
  flightIds: string[];
  passengers: number;
}

export function readTrip(search: URLSearchParams): TripContext {
  const passengers = Number.parseInt(search.get('passengers') ?? '', 10);
  return {
    flightIds: (search.get('flights') ?? '').split(',').filter((id) => id !== ''),
    passengers: Number.isInteger(passengers) && passengers >= 1 ? passengers : 1,
  };
}

export function bookTripPath({ flightIds, passengers }: TripContext): string {
  return `/trips/book?flights=${flightIds.map(encodeURIComponent).join(',')}&passengers=${passengers}`;
}
