import type { FlightSummary } from '../../api';
import { formatAirportDate, formatAirportTime, formatPrice } from '../../format';

interface ChosenOutboundProps {
  flight: FlightSummary | null;
  onChange: () => void;
}

/** The outbound flight picked for a round trip, above the return flights, with a way back to change it. */
export function ChosenOutbound({ flight, onChange }: ChosenOutboundProps) {
  return (
    <section className="chosen-outbound" aria-labelledby="chosen-outbound-heading" data-testid="chosen-outbound">
      <div>
        <h2 id="chosen-outbound-heading" className="chosen-outbound__heading">
          Outbound flight
        </h2>
        {flight ? (
          <p className="chosen-outbound__flight">
            <span className="chosen-outbound__number">{flight.flightNumber}</span> {flight.from}{' '}
            {formatAirportTime(flight.departureTime)} → {flight.to} {formatAirportTime(flight.arrivalTime)} ·{' '}
            {formatAirportDate(flight.departureTime)} · {formatPrice(flight.price, flight.currency)}
          </p>
        ) : (
          <p className="chosen-outbound__flight">Chosen</p>
        )}
      </div>
      <button type="button" className="button button--secondary" onClick={onChange}>
        Change outbound flight
      </button>
    </section>
  );
}
