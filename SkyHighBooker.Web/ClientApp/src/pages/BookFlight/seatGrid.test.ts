import { describe, expect, it } from 'vitest';
import type { SeatView } from '../../api';
import { aisleAfter, buildSeatGrid, cabinName } from './seatGrid';

function seat(number: string, cabin: SeatView['cabin'] = 'economy', state: SeatView['state'] = 'available', fare = 100): SeatView {
  const match = /^(\d+)([A-Z])$/.exec(number)!;
  return { number, row: Number(match[1]), letter: match[2]!, cabin, fare, state };
}

describe('buildSeatGrid', () => {
  it('makes one section per cabin, front cabin first', () => {
    const grid = buildSeatGrid([seat('1A', 'business'), seat('1C', 'business'), seat('2A'), seat('2B')]);

    expect(grid.map((s) => s.cabin)).toEqual(['business', 'economy']);
  });

  it('puts the aisle in the middle of a six-abreast cabin', () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
    const [section] = buildSeatGrid(letters.map((l) => seat(`7${l}`)));

    expect(section!.columns.map((c) => (c.kind === 'aisle' ? '|' : c.letter)).join('')).toBe('ABC|DEF');
    expect(section!.rows[0]!.seats.map((s) => s?.number ?? null)).toEqual(['7A', '7B', '7C', null, '7D', '7E', '7F']);
  });

  it('leaves gaps where a short last row has no seat', () => {
    const [section] = buildSeatGrid([seat('1A'), seat('1C'), seat('1D'), seat('1F'), seat('2A'), seat('2C')]);

    expect(section!.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(section!.rows[1]!.seats.map((s) => s?.number ?? null)).toEqual(['2A', '2C', null, null, null]);
  });

  it('orders rows by number whatever order the seats come in', () => {
    const [section] = buildSeatGrid([seat('10A'), seat('9A'), seat('11A')]);

    expect(section!.rows.map((r) => r.row)).toEqual([9, 10, 11]);
  });
});

describe('aisleAfter', () => {
  it.each([
    [4, [2]],
    [6, [3]],
    [7, [2, 5]],
    [9, [3, 6]],
  ])('a %i-abreast cabin has aisles after seats %j', (width, expected) => {
    expect(aisleAfter(width)).toEqual(expected);
  });
});

it('names cabins for people', () => {
  expect(cabinName('premium_economy')).toBe('Premium economy');
  expect(cabinName('business')).toBe('Business');
});
