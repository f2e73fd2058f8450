import { Link } from 'react-router';
import type { FlightSummary } from '../../../api';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatAirportDate, formatAirportTime, formatPrice } from '../../../format';
import { flightStatusLabel, isChangeable } from './flightStatus';

interface AdminFlightTableProps {
  flights: FlightSummary[];
  onCancel: (flight: FlightSummary) => void;
}

export function AdminFlightTable({ flights, onCancel }: AdminFlightTableProps) {
  return (
    <div className="admin-table__scroll" role="region" aria-label="Flights" tabIndex={0}>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Flight</th>
            <th scope="col">Route</th>
            <th scope="col">Departure</th>
            <th scope="col">Arrival</th>
            <th scope="col">Price</th>
            <th scope="col">Seats left</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {flights.map((flight) => {
            const name = `${flight.flightNumber} on ${formatAirportDate(flight.departureTime)}`;
            const status = flightStatusLabel(flight.status);
            return (
            <tr key={flight.id} data-testid="admin-flight-row" data-flight-id={flight.id}>
              <th scope="row">
                <span className="admin-table__strong">{flight.flightNumber}</span>
                <span className="admin-table__muted">{flight.airline}</span>
              </th>
              <td>
                {flight.from} → {flight.to}
              </td>
              <td>
                <time dateTime={flight.departureTime}>
                  {formatAirportDate(flight.departureTime)}, {formatAirportTime(flight.departureTime)}
                </time>
              </td>
              <td>
                <time dateTime={flight.arrivalTime}>
                  {formatAirportDate(flight.arrivalTime)}, {formatAirportTime(flight.arrivalTime)}
                </time>
              </td>
              <td>{formatPrice(flight.price, flight.currency)}</td>
              <td>{flight.availableSeats}</td>
              <td>
                <StatusBadge label={status.label} tone={status.tone} />
              </td>
              <td className="admin-table__actions">
                <Link to={`/admin/bookings?flightId=${encodeURIComponent(flight.id)}`} aria-label={`Bookings of ${name}`}>
                  Bookings
                </Link>
                {isChangeable(flight) && (
                  <>
                    <Link to={`/admin/flights/${encodeURIComponent(flight.id)}/edit`} aria-label={`Edit ${name}`}>
                      Edit
                    </Link>
                    <button
                      type="button"
                      className="link-button admin-table__danger"
                      aria-label={`Cancel ${name}`}
                      onClick={() => onCancel(flight)}
                    >
                      Cancel
                    </button>
                  </>
                )}
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
