import { describe, expect, it } from 'vitest';
import { toLocalInput, withAirportOffset } from './airportClock';

describe('withAirportOffset', () => {
  it('gives the wall time the airport offset of that day', () => {
    expect(withAirportOffset('2026-12-01T08:30', 'America/New_York')).toBe('2026-12-01T08:30:00-05:00');
    expect(withAirportOffset('2026-07-01T08:30', 'America/New_York')).toBe('2026-07-01T08:30:00-04:00');
    expect(withAirportOffset('2026-12-01T23:15', 'Asia/Kolkata')).toBe('2026-12-01T23:15:00+05:30');
    expect(withAirportOffset('2026-12-01T10:00', 'Europe/London')).toBe('2026-12-01T10:00:00+00:00');
  });

  it('uses the new offset on the morning daylight saving starts', () => {
    expect(withAirportOffset('2026-03-08T09:00', 'America/Los_Angeles')).toBe('2026-03-08T09:00:00-07:00');
  });

  it('leaves text it cannot read for the server to judge', () => {
    expect(withAirportOffset('', 'America/New_York')).toBe('');
  });
});

describe('toLocalInput', () => {
  it('keeps the airport wall time', () => {
    expect(toLocalInput('2026-12-01T08:30:00-05:00')).toBe('2026-12-01T08:30');
    expect(toLocalInput('nonsense')).toBe('');
  });
});
