import type { BookingView } from '../api';
import { AirlineLogo } from '../components/AirlineLogo';
import { StatusBadge } from '../components/StatusBadge';
import { formatAirportDate, formatAirportTime, formatPrice } from '../format';
import { cabinName } from './cabinName';
import { bookingStatusLabel } from './bookingStatus';
import { seatsOnEveryFlight, tripRoute } from './tripRoute';

/**
 * A booking at a glance: its reference, status, every flight, and each passenger with their seat (on each flight,
 * when there are several) and fare.
 */
export function BookingSummary({ booking }: { booking: BookingView }) {
  const status = bookingStatusLabel(booking.status);
  const segments = booking.segments ?? [];
  const severalFlights = segments.length > 1;
  return (
    <section className="panel" aria-labelledby="booking-summary-heading" data-testid="booking-summary">
      <p className="reference">
        Booking reference
        <strong className="reference__code" data-testid="booking-reference">
          {booking.reference}
        </strong>
      </p>
      <div className="trip">
        <h2 id="booking-summary-heading" className="trip__route">
          {tripRoute(booking)}
        </h2>
        {severalFlights ? (
          <ol className="trip__segments">
            {segments.map((segment) => (
              <li key={segment.position} className="trip__detail" data-testid="booking-segment">
                <AirlineLogo flightNumber={segment.flightNumber} size={24} />
                {segment.airline} {segment.flightNumber} · {segment.from} → {segment.to} · departs{' '}
                {formatAirportDate(segment.departureTime)} {formatAirportTime(segment.departureTime)}
              </li>
            ))}
          </ol>
        ) : (
          <span className="trip__detail">
            <AirlineLogo flightNumber={booking.flightNumber} size={24} />
            {booking.airline} {booking.flightNumber} · departs {formatAirportDate(booking.departureTime)}{' '}
            {formatAirportTime(booking.departureTime)}
          </span>
        )}
        <StatusBadge label={status.label} tone={status.tone} testId="booking-status" />
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Passengers and seats</caption>
          <thead>
            <tr>
              <th scope="col">Passenger</th>
              <th scope="col">Email</th>
              <th scope="col">{severalFlights ? 'Seats' : 'Seat'}</th>
              {!severalFlights && <th scope="col">Cabin</th>}
              <th scope="col">Fare</th>
            </tr>
          </thead>
          <tbody>
            {booking.passengers.map((passenger, index) => (
              <tr key={index} data-testid="booking-passenger">
                <td>{passenger.name}</td>
                <td>{passenger.email}</td>
                <td>{severalFlights ? seatsOnEveryFlight(booking, index + 1) : passenger.seat}</td>
                {!severalFlights && <td>{cabinName(passenger.cabin)}</td>}
                <td>{formatPrice(passenger.fare, booking.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="total">
        <span>Total</span>
        <span className="total__amount" data-testid="booking-total">
          {formatPrice(booking.totalAmount, booking.currency)}
        </span>
      </div>
    </section>
  );
}
