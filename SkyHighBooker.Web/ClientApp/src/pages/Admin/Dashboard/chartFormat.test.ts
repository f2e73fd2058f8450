import { describe, expect, it } from 'vitest';
import { formatAge, formatDay, formatPercent } from './chartFormat';

describe('chart formats', () => {
  it('labels a UTC day as that day, not the day before in a western zone', () => {
    expect(formatDay('2026-12-01')).toBe('Dec 1');
  });

  it('shows load factors as percentages to one decimal', () => {
    expect(formatPercent(0.2443)).toBe('24.4 %');
    expect(formatPercent(0)).toBe('0.0 %');
  });

  it('shows a wait in its two largest units', () => {
    expect(formatAge(216_001)).toBe('2 d 12 h');
    expect(formatAge(97_200)).toBe('1 d 3 h');
    expect(formatAge(86_400)).toBe('1 d');
    expect(formatAge(125)).toBe('2 min 5 s');
    expect(formatAge(0)).toBe('0 s');
    expect(formatAge(null)).toBe('none waiting');
  });
});
