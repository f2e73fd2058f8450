import './itineraries.css';
import { useEffect, useRef } from 'react';
import { getFareCalendar, type FareDay } from '../../api';
import { formatPrice } from '../../format';
import { useApiResource } from '../../hooks/useApiResource';

interface FareCalendarStripProps {
  from: string;
  to: string;
  /** yyyy-MM-dd: the day searched; its month is shown. */
  date: string;
  passengers: number;
  onPick: (date: string) => void;
}

/** The month's lowest fare per day (direct or with one stop) above the results; picking a day searches it. */
export function FareCalendarStrip({ from, to, date, passengers, onPick }: FareCalendarStripProps) {
  const month = date.slice(0, 7);
  const { state } = useApiResource(
    (signal) => getFareCalendar({ from, to, month, passengers }, signal),
    `${from}|${to}|${month}|${passengers}`,
  );
  const selected = useRef<HTMLButtonElement>(null);
  // The searched day in view: late in the month it is otherwise scrolled off the strip's end.
  useEffect(() => {
    selected.current?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [state.status, date]);
  if (state.status !== 'success') {
    return state.status === 'loading' ? <p className="fare-strip__status">Loading fares for the month…</p> : null;
  }
  const fares = state.value.days.map((day) => day.lowest).filter((fare): fare is number => fare != null);
  const cheapest = fares.length > 0 ? Math.min(...fares) : null;

  return (
    <nav className="fare-strip" aria-label={`Lowest fares in ${monthName(month)}`}>
      <ol className="fare-strip__days">
        {state.value.days.map((day) => (
          <li key={day.date}>
            <button
              type="button"
              ref={day.date === date ? selected : undefined}
              className={dayClass(day, date, cheapest)}
              data-testid="fare-day"
              aria-pressed={day.date === date}
              disabled={day.lowest == null}
              aria-label={describe(day, state.value.currency)}
              onClick={() => onPick(day.date)}
            >
              <span className="fare-strip__weekday">{weekday(day.date)}</span>
              <span className="fare-strip__date">{Number(day.date.slice(8))}</span>
              <span className="fare-strip__fare">{day.lowest == null ? '—' : formatPrice(day.lowest, state.value.currency)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function dayClass(day: FareDay, selected: string, cheapest: number | null): string {
  const classes = ['fare-strip__day'];
  if (day.date === selected) classes.push('fare-strip__day--selected');
  if (cheapest != null && day.lowest === cheapest) classes.push('fare-strip__day--cheapest');
  return classes.join(' ');
}

function describe(day: FareDay, currency: string): string {
  const when = `${weekday(day.date)} ${Number(day.date.slice(8))}`;
  if (day.lowest == null) return `${when}: no fares`;
  const direct = day.lowestDirect == null ? 'no direct flight' : `direct from ${formatPrice(day.lowestDirect, currency)}`;
  return `${when}: from ${formatPrice(day.lowest, currency)}, ${direct}`;
}

// Dates are calendar days at the origin: read and shown in UTC so the browser's own zone cannot shift them.
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
