import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listMyBookings, type BookingView } from '../../api';
import { bookingPath } from '../../booking/bookingPaths';
import { bookingStatusLabel } from '../../booking/bookingStatus';
import { AirlineLogo } from '../../components/AirlineLogo';
import { Pagination } from '../../components/Pagination';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatAirportDate, formatAirportTime, formatPrice } from '../../format';
import { useApiResource } from '../../hooks/useApiResource';
import '../../booking/booking.css';
import { tripRoute } from '../../booking/tripRoute';

/** /bookings?page=N: the signed-in user's bookings, newest first. */
export function MyBookingsPage() {
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const { state: loaded, reload } = useApiResource((signal) => listMyBookings(page, signal), String(page));

  useEffect(() => {
    document.title = 'My bookings · Sky High Booker';
  }, []);

  return (
    <div className="journey">
      <h1 className="journey__title">My bookings</h1>
      {loaded.status === 'loading' && (
        <div className="empty-state" role="status">
          <span className="spinner" aria-hidden="true" /> Loading your bookings…
        </div>
      )}
      {loaded.status === 'error' && (
        <ProblemAlert error={loaded.error} onRetry={reload} testId="bookings-error" />
      )}
      {loaded.status === 'success' && loaded.value.items.length === 0 && (
        <div className="empty-state" data-testid="bookings-empty">
          <p className="empty-state__title">You have no bookings yet.</p>
          <Link to="/">Search flights</Link>
        </div>
      )}
      {loaded.status === 'success' && loaded.value.items.length > 0 && (
        <>
          <ul className="booking-list" data-testid="bookings">
            {loaded.value.items.map((booking) => (
              <BookingItem key={booking.id} booking={booking} />
            ))}
          </ul>
          <Pagination
            page={loaded.value.page}
            totalPages={loaded.value.totalPages}
            onPageChange={(next) => setSearch({ page: String(next) })}
            label="Booking pages"
          />
        </>
      )}
    </div>
  );
}

function BookingItem({ booking }: { booking: BookingView }) {
  const status = bookingStatusLabel(booking.status);
  return (
    <li className="panel booking-item" data-testid="booking-item">
      <div className="trip">
        <span className="booking-item__reference">{booking.reference}</span>
        <span className="trip__route">{tripRoute(booking)}</span>
        <span className="trip__detail">
          <AirlineLogo flightNumber={booking.flightNumber} size={24} />
          {booking.airline} {booking.flightNumber} · {formatAirportDate(booking.departureTime)}{' '}
          {formatAirportTime(booking.departureTime)}
        </span>
        <StatusBadge label={status.label} tone={status.tone} />
      </div>
      <div className="actions">
        <strong>{formatPrice(booking.totalAmount, booking.currency)}</strong>
        <Link to={bookingPath(booking.id)} aria-label={`View booking ${booking.reference}`}>
          View booking
        </Link>
      </div>
    </li>
  );
}
