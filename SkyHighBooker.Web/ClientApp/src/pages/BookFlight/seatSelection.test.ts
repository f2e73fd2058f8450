import { describe, expect, it } from 'vitest';
import { chooseSeat, keepAvailable, nextPassengerToChoose, passengerWithSeat } from './seatSelection';

describe('chooseSeat', () => {
  it('gives the seat to the passenger choosing', () => {
    expect(chooseSeat([null, null], 1, '12A')).toEqual([null, '12A']);
  });

  it('replaces the passenger’s earlier seat', () => {
    expect(chooseSeat(['12A', null], 0, '12B')).toEqual(['12B', null]);
  });

  it('gives up the seat when the passenger chooses it again', () => {
    expect(chooseSeat(['12A', '12B'], 0, '12A')).toEqual([null, '12B']);
  });

  it('moves a seat from another passenger', () => {
    expect(chooseSeat(['12A', '12B'], 1, '12A')).toEqual([null, '12A']);
  });
});

describe('nextPassengerToChoose', () => {
  it('moves on to the next passenger without a seat', () => {
    expect(nextPassengerToChoose(['12A', null, null], 0)).toBe(1);
  });

  it('wraps round to earlier passengers', () => {
    expect(nextPassengerToChoose([null, '12B', '12C'], 2)).toBe(0);
  });

  it('stays when everyone has a seat', () => {
    expect(nextPassengerToChoose(['12A', '12B'], 1)).toBe(1);
  });
});

it('finds who holds a seat', () => {
  expect(passengerWithSeat([null, '3C'], '3C')).toBe(1);
  expect(passengerWithSeat([null, '3C'], '4C')).toBe(-1);
});

describe('keepAvailable', () => {
  it('gives up only the seats no longer available on the map read again', () => {
    const seats = [
      { number: '1A', row: 1, letter: 'A', cabin: 'business', fare: 320, state: 'available' },
      { number: '2A', row: 2, letter: 'A', cabin: 'economy', fare: 100, state: 'held' },
    ] as const;
    expect(keepAvailable(['1A', '2A', null], seats)).toEqual(['1A', null, null]);
  });
});
