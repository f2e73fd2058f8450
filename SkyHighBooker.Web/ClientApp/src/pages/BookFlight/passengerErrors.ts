import { messagesByField, type ProblemDetails } from '../../api';

export const passengerFields = ['name', 'email', 'seat'] as const;
export type PassengerField = (typeof passengerFields)[number];

export type PassengerMessages = Partial<Record<PassengerField, string[]>>;

export interface BookingMessages {
  /** By passenger index: the messages for their name, email and seat. */
  passengers: PassengerMessages[];
  /** Messages about the booking as a whole ("passengers", "flightId") and any the page has no field for. */
  general: string[];
}

/** Puts the Api's per-field messages (`passengers[1].seat`, ...) next to the fields of the right passenger. */
export function bookingMessages(problem: ProblemDetails | null, passengerCount: number): BookingMessages {
  const fieldKey = (index: number, field: PassengerField) => `passengers[${index}].${field}`;
  const fieldNames = Array.from({ length: passengerCount }, (_, i) => passengerFields.map((f) => fieldKey(i, f))).flat();
  const { byField, unmatched } = messagesByField(problem, fieldNames);

  const passengers = Array.from({ length: passengerCount }, (_, i) => {
    const messages: PassengerMessages = {};
    for (const field of passengerFields) {
      const found = byField[fieldKey(i, field)];
      if (found) messages[field] = found;
    }
    return messages;
  });
  return { passengers, general: unmatched };
}
