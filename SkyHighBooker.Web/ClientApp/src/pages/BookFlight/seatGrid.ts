import type { SeatView } from '../../api';
export { cabinName } from '../../booking/cabinName';

/** A column of a cabin's seat grid: a seat letter, or the aisle. */
export type SeatColumn = { kind: 'seat'; letter: string } | { kind: 'aisle' };

export interface SeatRow {
  row: number;
  /** One entry per column; null for the aisle and for a seat this row does not have (a short last row). */
  seats: (SeatView | null)[];
}

export interface CabinSection {
  cabin: string;
  columns: SeatColumn[];
  rows: SeatRow[];
}

/**
 * Lays the seat map out for display: one section per cabin in the order the seats come (front first), the
 * cabin's letters as columns with aisle gaps, and its rows in order.
 */
export function buildSeatGrid(seats: readonly SeatView[]): CabinSection[] {
  const seatsByCabin = new Map<string, SeatView[]>();
  for (const seat of seats) {
    const cabinSeats = seatsByCabin.get(seat.cabin) ?? [];
    cabinSeats.push(seat);
    seatsByCabin.set(seat.cabin, cabinSeats);
  }
  return [...seatsByCabin].map(([cabin, cabinSeats]) => cabinSection(cabin, cabinSeats));
}

function cabinSection(cabin: string, seats: SeatView[]): CabinSection {
  const letters = [...new Set(seats.map((s) => s.letter))].sort();
  const columns = withAisles(letters);
  const seatsByRow = new Map<number, Map<string, SeatView>>();
  for (const seat of seats) {
    const row = seatsByRow.get(seat.row) ?? new Map<string, SeatView>();
    row.set(seat.letter, seat);
    seatsByRow.set(seat.row, row);
  }
  const rows = [...seatsByRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({
      row,
      seats: columns.map((column) => (column.kind === 'seat' ? (seatsByRow.get(row)!.get(column.letter) ?? null) : null)),
    }));
  return { cabin, columns, rows };
}

/** Aisles where a cabin of this width usually has them: 2-2, 3-3, 2-3-2, 2-4-2, 3-3-3, 3-4-3. */
export function aisleAfter(width: number): number[] {
  if (width <= 1) return [];
  if (width <= 6) return [Math.ceil(width / 2)];
  const side = width >= 9 ? 3 : 2;
  return [side, width - side];
}

function withAisles(letters: string[]): SeatColumn[] {
  const aisles = new Set(aisleAfter(letters.length));
  const columns: SeatColumn[] = [];
  letters.forEach((letter, index) => {
    if (aisles.has(index)) columns.push({ kind: 'aisle' });
    columns.push({ kind: 'seat', letter });
  });
  return columns;
}
