import { describe, expect, it } from 'vitest';
import {
  formatAirportDate,
  formatAirportTime,
  formatDayDifference,
  localDayDifference,
  parseAirportDateTime,
} from './airportTime';

describe('parseAirportDateTime', () => {
  it('reads the wall-clock parts and the offset as written', () => {
    expect(parseAirportDateTime('2026-12-01T08:30:00-05:00')).toEqual({
      year: 2026,
      month: 12,
      day: 1,
      hour: 8,
      minute: 30,
      offset: '-05:00',
    });
  });

  it('accepts fractional seconds, Z and missing seconds', () => {
    expect(parseAirportDateTime('2026-12-01T23:05:12.1234567+05:30')?.hour).toBe(23);
    expect(parseAirportDateTime('2026-12-01T00:00Z')?.offset).toBe('Z');
  });

  it('rejects text that is not a date-time', () => {
    expect(parseAirportDateTime('tomorrow')).toBeNull();
    expect(parseAirportDateTime('')).toBeNull();
  });
});

describe('formatAirportTime', () => {
  it('shows the airport clock, not the browser clock', () => {
    // 08:30 in New York is 13:30 UTC; whatever zone runs the test, the traveller sees 8:30 AM.
    expect(formatAirportTime('2026-12-01T08:30:00-05:00')).toBe('8:30 AM');
    expect(formatAirportTime('2026-12-01T08:30:00+09:00')).toBe('8:30 AM');
  });

  it.each([
    ['2026-12-01T00:05:00+00:00', '12:05 AM'],
    ['2026-12-01T12:00:00+00:00', '12:00 PM'],
    ['2026-12-01T20:45:00-08:00', '8:45 PM'],
    ['2026-12-01T11:59:00-08:00', '11:59 AM'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatAirportTime(iso)).toBe(expected);
  });
});

describe('formatAirportDate', () => {
  it('names the local day', () => {
    expect(formatAirportDate('2026-12-01T08:30:00-05:00')).toBe('Tue, Dec 1');
    expect(formatAirportDate('2027-01-01T00:10:00+09:00')).toBe('Fri, Jan 1');
  });
});

describe('localDayDifference', () => {
  it('is 0 for a same-day arrival', () => {
    expect(localDayDifference('2026-12-01T08:30:00-05:00', '2026-12-01T11:05:00-08:00')).toBe(0);
  });

  it('counts local dates, not elapsed time: a red-eye arriving next morning is +1', () => {
    expect(localDayDifference('2026-12-01T22:00:00-08:00', '2026-12-02T06:15:00-05:00')).toBe(1);
  });

  it('is +1 when the local date changes even though less than a day passed', () => {
    // 18:00 in New York to 07:30 next day in London: 7.5 hours of flying.
    expect(localDayDifference('2026-12-01T18:00:00-05:00', '2026-12-02T07:30:00+00:00')).toBe(1);
  });

  it('is negative when crossing the date line eastwards', () => {
    expect(localDayDifference('2026-12-02T10:00:00+09:00', '2026-12-01T07:00:00-10:00')).toBe(-1);
  });

  it('crosses month and year ends', () => {
    expect(localDayDifference('2026-12-31T23:00:00-05:00', '2027-01-01T02:00:00-08:00')).toBe(1);
  });
});

describe('formatDayDifference', () => {
  it('marks days with a sign and leaves same-day arrivals plain', () => {
    expect(formatDayDifference(1)).toBe('+1');
    expect(formatDayDifference(2)).toBe('+2');
    expect(formatDayDifference(-1)).toBe('-1');
    expect(formatDayDifference(0)).toBe('');
  });
});
