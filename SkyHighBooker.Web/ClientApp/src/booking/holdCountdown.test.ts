import { expect, it } from 'vitest';
import { formatCountdown, secondsLeft } from './holdCountdown';

it('counts the whole seconds left of a hold', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  expect(secondsLeft('2026-12-01T10:09:59.900Z', now)).toBe(599);
  expect(secondsLeft('2026-12-01T09:59:00Z', now)).toBe(0);
  expect(secondsLeft(null, now)).toBeNull();
});

it('shows minutes and seconds', () => {
  expect(formatCountdown(599)).toBe('9:59');
  expect(formatCountdown(65)).toBe('1:05');
  expect(formatCountdown(0)).toBe('0:00');
});
