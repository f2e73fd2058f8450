import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [335, '5h 35m'],
    [300, '5h'],
    [45, '45m'],
    [0, '0m'],
    [61, '1h 1m'],
    [1445, '24h 5m'],
  ])('formats %i minutes as "%s"', (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected);
  });

  it('gives nothing for a negative or missing duration', () => {
    expect(formatDuration(-5)).toBe('');
    expect(formatDuration(Number.NaN)).toBe('');
  });
});
