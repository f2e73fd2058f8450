import type { SeatView } from '../../api';

/** Which seat each passenger has chosen, by passenger index; null while they have none. */
export type SeatChoices = readonly (string | null)[];

/**
 * The passenger chooses a seat. Choosing their own seat again gives it up; choosing a seat another passenger
 * has moves it to this passenger.
 */
export function chooseSeat(choices: SeatChoices, passenger: number, seat: string): (string | null)[] {
  if (choices[passenger] === seat) return choices.map((s, i) => (i === passenger ? null : s));
  return choices.map((s, i) => (i === passenger ? seat : s === seat ? null : s));
}

/** The passenger who should choose next: the first one after `current` (wrapping) without a seat, else `current`. */
export function nextPassengerToChoose(choices: SeatChoices, current: number): number {
  for (let step = 1; step <= choices.length; step++) {
    const candidate = (current + step) % choices.length;
    if (choices[candidate] === null) return candidate;
  }
  return current;
}

/** Index of the passenger holding the seat, or -1. */
export function passengerWithSeat(choices: SeatChoices, seat: string): number {
  return choices.indexOf(seat);
}

/** The choices still open on a map read again: a seat someone else took meanwhile is given up. */
export function keepAvailable(choices: SeatChoices, seats: readonly SeatView[]): (string | null)[] {
  const available = new Set(seats.filter((s) => s.state === 'available').map((s) => s.number));
  return choices.map((seat) => (seat && available.has(seat) ? seat : null));
}
