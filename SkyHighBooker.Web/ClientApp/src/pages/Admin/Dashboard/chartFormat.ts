import { formatPrice } from '../../../format';

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A UTC day from the Api ("2026-12-01") as an axis label ("Dec 1"), the same day whatever the browser's zone. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatUsd(amount: number): string {
  return formatPrice(amount, 'USD');
}

/** 0.24431 → "24.4 %". */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

const ageUnits: [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** A wait in seconds, in its largest unit and the next one: 216001 → "2 d 12 h", 86400 → "1 d", 125 → "2 min 5 s". */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return 'none waiting';
  const largest = ageUnits.findIndex(([, size]) => seconds >= size);
  if (largest < 0) return '0 s';
  const [name, size] = ageUnits[largest]!;
  const text = `${Math.floor(seconds / size)} ${name}`;
  const next = ageUnits[largest + 1];
  const nextCount = next ? Math.floor((seconds % size) / next[1]) : 0;
  return next && nextCount > 0 ? `${text} ${nextCount} ${next[0]}` : text;
}
