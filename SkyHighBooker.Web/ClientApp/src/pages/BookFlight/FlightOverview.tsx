import type { FlightSummary } from '../../api';
import { AircraftImage } from '../../components/AircraftImage';
import { AirlineLogo } from '../../components/AirlineLogo';
import { RouteMap } from '../../components/RouteMap';
import { formatAirportDate, formatAirportTime, formatDuration } from '../../format';

/** The flight being booked: carrier, route and times, the route's map, and the aircraft's side view and cabin layout. */
export function FlightOverview({ flight }: { flight: FlightSummary }) {
  return (
    <section className="panel" aria-labelledby="flight-heading" data-testid="flight-summary">
      <h2 id="flight-heading" className="panel__title flight-heading">
        <AirlineLogo flightNumber={flight.flightNumber} size={40} />
        {flight.airline} {flight.flightNumber}
      </h2>
      <div className="trip">
        <span className="trip__route">
          {flight.from} → {flight.to}
        </span>
        <span className="trip__detail">
          Departs {formatAirportDate(flight.departureTime)} {formatAirportTime(flight.departureTime)}, arrives{' '}
          {formatAirportTime(flight.arrivalTime)}
        </span>
        <span className="trip__detail">
          {formatDuration(flight.durationMinutes)} · {flight.aircraft}
        </span>
      </div>
      <RouteMap from={flight.from} to={flight.to} />
      <AircraftImage aircraft={flight.aircraft} />
    </section>
  );
}
