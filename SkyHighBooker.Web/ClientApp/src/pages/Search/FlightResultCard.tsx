import type { FlightSummary } from '../../api';
import { AirlineLogo } from '../../components/AirlineLogo';
import {
  formatAirportDate,
  formatAirportTime,
  formatDayDifference,
  formatDuration,
  formatPrice,
  localDayDifference,
} from '../../format';

/** Seats left are shown when few remain. */
export const fewSeatsThreshold = 10;

interface FlightResultCardProps {
  flight: FlightSummary;
  /** Picks this flight for the trip; without it the card only describes the flight. */
  onSelect?: (flight: FlightSummary) => void;
}

export function FlightResultCard({ flight, onSelect }: FlightResultCardProps) {
  const dayDifference = formatDayDifference(localDayDifference(flight.departureTime, flight.arrivalTime));
  const departure = formatAirportTime(flight.departureTime);
  const arrival = formatAirportTime(flight.arrivalTime);
  const duration = formatDuration(flight.durationMinutes);

  return (
    <li className="flight" data-testid="flight-result" data-flight-id={flight.id}>
      <article
        className="flight__card"
        aria-label={`${flight.airline} ${flight.flightNumber}, ${flight.from} ${departure} to ${flight.to} ${arrival}`}
      >
        <div className="flight__carrier">
          <AirlineLogo flightNumber={flight.flightNumber} />
          <span className="flight__airline">{flight.airline}</span>
          <span className="flight__number">{flight.flightNumber}</span>
          <span className="flight__aircraft">{flight.aircraft}</span>
        </div>

        <div className="flight__schedule">
          <div className="flight__endpoint">
            <time className="flight__time" dateTime={flight.departureTime} data-testid="departure-time">
              {departure}
            </time>
            <span className="flight__airport">{flight.from}</span>
            <span className="flight__date">{formatAirportDate(flight.departureTime)}</span>
          </div>
          <div className="flight__duration" aria-label={`Duration ${duration}`}>
            <span data-testid="duration">{duration}</span>
            <span className="flight__line" aria-hidden="true" />
          </div>
          <div className="flight__endpoint flight__endpoint--arrival">
            <time className="flight__time" dateTime={flight.arrivalTime} data-testid="arrival-time">
              {arrival}
              {dayDifference && (
                <sup className="flight__day-shift" title={`Arrives ${formatAirportDate(flight.arrivalTime)}`}>
                  {dayDifference}
                </sup>
              )}
            </time>
            <span className="flight__airport">{flight.to}</span>
            <span className="flight__date">{formatAirportDate(flight.arrivalTime)}</span>
          </div>
        </div>

        <div className="flight__offer">
          <span className="flight__price" data-testid="price">
            {formatPrice(flight.price, flight.currency)}
          </span>
          {flight.availableSeats < fewSeatsThreshold && (
            <span className="flight__seats" data-testid="seats-left">
              {seatsLeft(flight.availableSeats)}
            </span>
          )}
          {onSelect && (
            <button
              type="button"
              className="button button--primary flight__select"
              aria-label={`Select ${flight.flightNumber}, ${flight.from} ${departure} to ${flight.to} ${arrival}`}
              disabled={flight.availableSeats <= 0}
              onClick={() => onSelect(flight)}
            >
              Select
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

function seatsLeft(seats: number): string {
  if (seats <= 0) return 'Sold out';
  return seats === 1 ? '1 seat left' : `${seats} seats left`;
}
