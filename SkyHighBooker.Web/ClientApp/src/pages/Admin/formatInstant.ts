import { displayLocale } from '../../format/locale';

/** When something happened, on the admin's own clock: "Nov 25, 2026, 10:04 AM". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(displayLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
