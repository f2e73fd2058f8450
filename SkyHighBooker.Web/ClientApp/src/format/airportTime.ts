// Flight times arrive as ISO-8601 strings carrying the airport's own offset ("2026-12-01T08:30:00-05:00").
// Travellers read the airport clock, so these helpers read the date and time parts as written and never
// convert them to the browser's time zone.

export interface AirportDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** As written: "-05:00", "+05:30", "Z", or "" when absent. */
  offset: string;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function parseAirportDateTime(iso: string): AirportDateTime | null {
  const match = isoPattern.exec(iso.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, offset] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    offset: offset?.toUpperCase() ?? '',
  };
}

/** "2026-12-01T08:30:00-05:00" → "8:30 AM"; "…T20:05…" → "8:05 PM". */
export function formatAirportTime(iso: string): string {
  const t = parseAirportDateTime(iso);
  if (!t) return '';
  const suffix = t.hour < 12 ? 'AM' : 'PM';
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${hour12}:${String(t.minute).padStart(2, '0')} ${suffix}`;
}

/** "2026-12-01T08:30:00-05:00" → "Tue, Dec 1". */
export function formatAirportDate(iso: string): string {
  const t = parseAirportDateTime(iso);
  if (!t) return '';
  const weekday = weekdays[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  return `${weekday}, ${months[t.month - 1]} ${t.day}`;
}

/** Days between the local departure date and the local arrival date (1 for an overnight flight). */
export function localDayDifference(departureIso: string, arrivalIso: string): number {
  const departure = parseAirportDateTime(departureIso);
  const arrival = parseAirportDateTime(arrivalIso);
  if (!departure || !arrival) return 0;
  const dayMs = 24 * 60 * 60 * 1000;
  const departureDay = Date.UTC(departure.year, departure.month - 1, departure.day);
  const arrivalDay = Date.UTC(arrival.year, arrival.month - 1, arrival.day);
  return Math.round((arrivalDay - departureDay) / dayMs);
}

/** 1 → "+1", -1 → "-1", 0 → "". */
export function formatDayDifference(days: number): string {
  if (days === 0) return '';
  return days > 0 ? `+${days}` : `${days}`;
}
