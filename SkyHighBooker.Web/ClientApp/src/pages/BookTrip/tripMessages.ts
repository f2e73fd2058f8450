import { messagesByField, type ProblemDetails } from '../../api';
import type { PassengerMessages } from '../BookFlight/passengerErrors';

export interface LegMessages {
  /** About the flight itself (`segments[k].flightId`): it does not connect, it has just been cancelled, … */
  flight: string[];
  /** By passenger index: about their seat on this flight (`segments[k].seats[i]`). */
  seats: string[][];
}

export interface TripMessages {
  /** By passenger index: their name and email. */
  passengers: PassengerMessages[];
  /** By leg, in the order flown. */
  legs: LegMessages[];
  /** About the booking as a whole, and any the page has no field for. */
  general: string[];
}

/** Puts the Api's per-field messages for a booking of several flights next to the passenger or the flight they are about. */
export function tripMessages(problem: ProblemDetails | null, legCount: number, passengerCount: number): TripMessages {
  const passengerKey = (i: number, field: 'name' | 'email') => `passengers[${i}].${field}`;
  const flightKey = (k: number) => `segments[${k}].flightId`;
  const seatKey = (k: number, i: number) => `segments[${k}].seats[${i}]`;
  const seatsKey = (k: number) => `segments[${k}].seats`;
  const passengerIndexes = Array.from({ length: passengerCount }, (_, i) => i);
  const legIndexes = Array.from({ length: legCount }, (_, k) => k);
  const fieldNames = [
    ...passengerIndexes.flatMap((i) => [passengerKey(i, 'name'), passengerKey(i, 'email')]),
    ...legIndexes.flatMap((k) => [flightKey(k), seatsKey(k), ...passengerIndexes.map((i) => seatKey(k, i))]),
  ];
  const { byField, unmatched } = messagesByField(problem, fieldNames);

  return {
    passengers: passengerIndexes.map((i) => {
      const messages: PassengerMessages = {};
      const name = byField[passengerKey(i, 'name')];
      const email = byField[passengerKey(i, 'email')];
      if (name) messages.name = name;
      if (email) messages.email = email;
      return messages;
    }),
    legs: legIndexes.map((k) => ({
      flight: [...(byField[flightKey(k)] ?? []), ...(byField[seatsKey(k)] ?? [])],
      seats: passengerIndexes.map((i) => byField[seatKey(k, i)] ?? []),
    })),
    general: unmatched,
  };
}
