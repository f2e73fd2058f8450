import { searchItineraries, type Itinerary } from '../../api';
import { useApiResource } from '../../hooks/useApiResource';
import { ItineraryCard } from './ItineraryCard';

interface ConnectionResultsProps {
  from: string;
  to: string;
  date: string;
  passengers: number;
  /** Books the itinerary's legs as one booking. */
  onSelect?: (itinerary: Itinerary) => void;
}

/**
 * One-stop itineraries for the day, cheapest first, after the direct flights (which the flight list above shows); each
 * is booked as one booking of all its legs. The Api answers the best 50; the page says when there were more.
 */
export function ConnectionResults({ from, to, date, passengers, onSelect }: ConnectionResultsProps) {
  const { state } = useApiResource(
    (signal) => searchItineraries({ from, to, date, passengers, maxStops: 1, sort: 'price' }, signal),
    `${from}|${to}|${date}|${passengers}`,
  );
  if (state.status === 'error') return null; // the flight list above reports what went wrong with the search
  const connections = state.status === 'success' ? state.value.items.filter((itinerary) => itinerary.stops > 0) : [];

  return (
    <section className="results connections" aria-labelledby="connections-heading">
      <h2 id="connections-heading" className="results__heading">
        With one stop
      </h2>
      {state.status === 'loading' && <p className="results__total">Looking for connections…</p>}
      {state.status === 'success' && (
        <p className="results__total" data-testid="connections-total">
          {connections.length === 0
            ? 'No connections on this day.'
            : `${connections.length} connection${connections.length === 1 ? '' : 's'}, cheapest first${state.value.truncated ? ` (the best ${state.value.limit} itineraries of ${state.value.totalFound})` : ''}`}
        </p>
      )}
      <ol className="itineraries">
        {connections.map((itinerary) => (
          <ItineraryCard key={itinerary.legs.map((leg) => leg.id).join('+')} itinerary={itinerary} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}
