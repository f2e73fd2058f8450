import type { BookingView } from '../api';

/** The airports a booking flies through in order, "BOS → ORD → SFO" (a round trip ends where it began). */
export function tripRoute(booking: BookingView): string {
  const segments = booking.segments ?? [];
  if (segments.length === 0) return `${booking.from} → ${booking.to}`;
  return [segments[0]!.from, ...segments.map((segment) => segment.to)].join(' → ');
}

/** Each passenger's seat on every flight of the booking, "SH410 5A · SH822 7C", by passenger position from 1. */
export function seatsOnEveryFlight(booking: BookingView, passenger: number): string {
  return booking.segments
    .map((segment) => {
      const seat = segment.seats.find((s) => s.passenger === passenger);
      return seat ? `${segment.flightNumber} ${seat.seat}` : null;
    })
    .filter((text): text is string => text !== null)
    .join(' · ');
}
