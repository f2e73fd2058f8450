import { describe, expect, it } from 'vitest';
import { localDateAfter } from './calendar';

describe('localDateAfter', () => {
  it('gives the local date a number of days ahead, as a date input value', () => {
    expect(localDateAfter(7, new Date(2026, 10, 25, 9, 0))).toBe('2026-12-02');
  });

  it('rolls over the year end', () => {
    expect(localDateAfter(7, new Date(2026, 11, 28, 23, 59))).toBe('2027-01-04');
  });

  it('uses the local calendar day late in the evening', () => {
    expect(localDateAfter(0, new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
  });
});
