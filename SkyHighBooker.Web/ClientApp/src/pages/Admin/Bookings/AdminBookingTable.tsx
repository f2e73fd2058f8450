import type { AdminBookingView } from '../../../api/adminTypes';
import { formatAirportDate, formatAirportTime, formatPrice } from '../../../format';
import { formatInstant } from '../formatInstant';
import { bookingStatusLabels } from './bookingFilters';

export function AdminBookingTable({ bookings }: { bookings: AdminBookingView[] }) {
  return (
    <div className="admin-table__scroll" role="region" aria-label="Bookings" tabIndex={0}>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Flight</th>
            <th scope="col">Passengers</th>
            <th scope="col">Status</th>
            <th scope="col">Total</th>
            <th scope="col">Booked</th>
            <th scope="col">User</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map(({ userId, booking }) => (
            <tr key={booking.id} data-testid="admin-booking-row">
              <th scope="row" className="admin-table__strong">
                {booking.reference}
              </th>
              <td>
                <span className="admin-table__strong">{booking.flightNumber}</span>{' '}
                {booking.from} → {booking.to}
                <span className="admin-table__muted">
                  {formatAirportDate(booking.departureTime)}, {formatAirportTime(booking.departureTime)}
                </span>
              </td>
              <td>
                <ul className="admin-table__list">
                  {booking.passengers.map((passenger) => (
                    <li key={`${passenger.seat}-${passenger.email}`}>
                      {passenger.name} <span className="admin-table__muted">{passenger.email} · seat {passenger.seat}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <span className="badge">{bookingStatusLabels[booking.status] ?? booking.status}</span>
              </td>
              <td>{formatPrice(booking.totalAmount, booking.currency)}</td>
              <td>{formatInstant(booking.createdAt)}</td>
              <td className="admin-table__id">{userId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
