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

