import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { getFlight, getSeatMap, type FlightSummary, type SeatMapView } from '../../api';
import { paymentPath, readJourney } from '../../booking/bookingPaths';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiResource } from '../../hooks/useApiResource';
import { BookingForm } from './BookingForm';
import { FlightOverview } from './FlightOverview';
import '../../booking/booking.css';

interface FlightAndSeats {
  flight: FlightSummary;
  seatMap: SeatMapView;
}

/** /flights/:flightId/book?passengers=N: passengers' details and seats; "Continue to payment" holds the seats. */
export function BookFlightPage() {
  const { flightId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const journey = readJourney(search);
  const { state: loaded, reload } = useApiResource<FlightAndSeats>(async (signal) => {
    const [flight, seatMap] = await Promise.all([getFlight(flightId, signal), getSeatMap(flightId, signal)]);
    return { flight, seatMap };
  }, flightId);

  useEffect(() => {
    document.title = 'Book your flight · Sky High Booker';
  }, []);

  return (
    <div className="journey">
      <h1 className="journey__title">Book your flight</h1>
      {loaded.status === 'loading' && (
        <div className="empty-state" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the flight and its seats…
        </div>
      )}
      {loaded.status === 'error' && (
        <ProblemAlert error={loaded.error} onRetry={reload} testId="flight-error" />
      )}
      {loaded.status === 'success' && (
        <>
          <FlightOverview flight={loaded.value.flight} />
          <BookingForm
            key={flightId}
            flight={loaded.value.flight}
            initialSeatMap={loaded.value.seatMap}
            passengerCount={journey.passengers}
            onBooked={(booking) => navigate(paymentPath(booking.id, journey))}
          />
        </>
      )}
    </div>
  );
}
