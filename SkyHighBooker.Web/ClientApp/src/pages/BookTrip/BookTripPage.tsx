import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getFlight, getSeatMap } from '../../api';
import { paymentPath, readTrip } from '../../booking/bookingPaths';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiResource } from '../../hooks/useApiResource';
import { TripBookingForm, type TripLeg } from './TripBookingForm';
import '../../booking/booking.css';

/**
 * /trips/book?flights=id1,id2&passengers=N: a connection or a round trip booked as one booking — passengers once, a
 * seat for each on every flight; "Continue to payment" holds all the seats together.
 */
export function BookTripPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const trip = readTrip(search);
  const { state: loaded, reload } = useApiResource<TripLeg[]>(
    (signal) =>
      Promise.all(
        trip.flightIds.map(async (id) => {
          const [flight, seatMap] = await Promise.all([getFlight(id, signal), getSeatMap(id, signal)]);
          return { flight, seatMap };
        }),
      ),
    trip.flightIds.join(','),
  );

  useEffect(() => {
    document.title = 'Book your trip · Sky High Booker';
  }, []);

  return (
    <div className="journey">
      <h1 className="journey__title">Book your trip</h1>
      {loaded.status === 'loading' && (
        <div className="empty-state" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the flights and their seats…
        </div>
      )}
      {loaded.status === 'error' && <ProblemAlert error={loaded.error} onRetry={reload} testId="flight-error" />}
      {loaded.status === 'success' && (
        <TripBookingForm
          key={trip.flightIds.join(',')}
          legs={loaded.value}
          passengerCount={trip.passengers}
          onBooked={(booking) => navigate(paymentPath(booking.id, { passengers: trip.passengers }))}
        />
      )}
    </div>
  );
}
