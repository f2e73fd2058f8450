import type { Itinerary } from '../../api';
import { formatAirportTime, formatDayDifference, formatDuration, formatPrice, localDayDifference } from '../../format';

interface ItineraryCardProps {
  itinerary: Itinerary;
  /** Books every leg as one booking; without it the card only describes the itinerary. */
  onSelect?: (itinerary: Itinerary) => void;
}

/**
 * A connecting itinerary: each leg with its times on the airports' clocks, the layovers between them, the total
 * travel time and the summed fare, and a way to book all its legs as one booking.
 */
export function ItineraryCard({ itinerary, onSelect }: ItineraryCardProps) {
  const first = itinerary.legs[0]!;
  const last = itinerary.legs[itinerary.legs.length - 1]!;
  const dayShift = formatDayDifference(localDayDifference(itinerary.departureTime, itinerary.arrivalTime));
  const stops = itinerary.stops === 1 ? '1 stop' : `${itinerary.stops} stops`;
  const via = itinerary.layovers.map((layover) => layover.airport).join(', ');

  return (
    <li className="itinerary" data-testid="itinerary-result">
      <article
        className="itinerary__card"
        aria-label={`${first.from} ${formatAirportTime(itinerary.departureTime)} to ${last.to} ${formatAirportTime(itinerary.arrivalTime)}, ${stops} via ${via}`}
      >
        <header className="itinerary__summary">
          <span className="itinerary__times">
            {formatAirportTime(itinerary.departureTime)} – {formatAirportTime(itinerary.arrivalTime)}
            {dayShift && <sup className="flight__day-shift">{dayShift}</sup>}
          </span>
          <span className="itinerary__total" data-testid="itinerary-duration">
            {formatDuration(itinerary.totalMinutes)} · {stops} via {via}
          </span>
          <span className="flight__price" data-testid="itinerary-price">
            {formatPrice(itinerary.price, itinerary.currency)}
          </span>
        </header>
        <ol className="itinerary__legs">
          {itinerary.legs.map((leg, index) => (
            <li key={leg.id} className="itinerary__leg">
              <span className="itinerary__flight">
                {leg.airline} {leg.flightNumber}
              </span>
              <span>
                {leg.from} {formatAirportTime(leg.departureTime)} → {leg.to} {formatAirportTime(leg.arrivalTime)}
              </span>
              {itinerary.layovers[index] && (
                <span className="itinerary__layover" data-testid="layover">
                  {formatDuration(itinerary.layovers[index].minutes)} layover in {itinerary.layovers[index].airport}
                </span>
              )}
            </li>
          ))}
        </ol>
        {onSelect && (
          <div className="itinerary__booking">
            <button
              type="button"
              className="button button--primary"
              aria-label={`Select ${itinerary.legs.map((leg) => leg.flightNumber).join(' and ')}, ${first.from} to ${last.to} via ${via}`}
              disabled={itinerary.availableSeats <= 0}
              onClick={() => onSelect(itinerary)}
            >
              Select
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
