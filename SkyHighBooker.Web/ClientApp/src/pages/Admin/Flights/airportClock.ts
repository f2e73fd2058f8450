import { parseAirportDateTime } from '../../../format';

/**
 * The admin types times on the airport's clock ("2026-12-01T08:30" at JFK); the Api takes an instant with its
 * offset. These turn one into the other with the airport's IANA time zone.
 */

/** "2026-12-01T08:30" in America/New_York → "2026-12-01T08:30:00-05:00". */
export function withAirportOffset(localDateTime: string, timeZone: string): string {
  const local = parseLocal(localDateTime);
  if (local === null) return localDateTime;
  // The offset at the instant the wall time names: guess with the offset at that wall time read as UTC, then
  // correct once (enough for every real zone, also around daylight saving changes).
  const firstGuess = offsetMinutes(local, timeZone);
  const offset = offsetMinutes(local - firstGuess * 60_000, timeZone);
  return `${localDateTime.slice(0, 16)}:00${formatOffset(offset)}`;
}

/** "2026-12-01T08:30:00-05:00" → "2026-12-01T08:30", the value of a datetime-local input. */
export function toLocalInput(iso: string): string {
  const t = parseAirportDateTime(iso);
  if (!t) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

/** The wall time read as if it were UTC, in milliseconds; null when it is not yyyy-MM-ddTHH:mm. */
function parseLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!);
}

function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
