import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { getBooking, type BookingView, type PaymentView } from '../../api';
import { bookFlightPath, bookingPath, bookTripPath, readJourney, type JourneyContext } from '../../booking/bookingPaths';
import { secondsLeft, useNow } from '../../booking/holdCountdown';
import { settleBooking } from '../../booking/settleBooking';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPrice } from '../../format';
import { useApiResource } from '../../hooks/useApiResource';
import { chooseCardConfirmer } from '../../payment/chooseCardConfirmer';
import type { CardConfirmer } from '../../payment/cardConfirmer';
import { BookingSummary } from '../../booking/BookingSummary';
import { CardForm } from './CardForm';
import { HoldCountdown } from './HoldCountdown';
import { useStartedPayment } from './useStartedPayment';
import '../../booking/booking.css';

/** /bookings/:bookingId/pay: the held booking, the time left on the hold, and the card payment. */
export function PaymentPage() {
  const { bookingId = '' } = useParams();
  const [search] = useSearchParams();
  const journey = readJourney(search);
  const navigate = useNavigate();
  const { state: loaded, reload } = useApiResource((signal) => getBooking(bookingId, signal), bookingId);
  const booking = loaded.status === 'success' ? loaded.value : null;
  const payable = booking?.status === 'pending_payment';
  const [started, retryStart] = useStartedPayment(bookingId, payable);
  const [settling, setSettling] = useState(false);
  const now = useNow();

  useEffect(() => {
    document.title = 'Payment · Sky High Booker';
  }, []);

  async function onPaid(payment: PaymentView) {
    setSettling(true);
    await settleBooking(bookingId, payment.id).catch(() => undefined);
    navigate(bookingPath(bookingId));
  }

  const seconds = booking ? secondsLeft(booking.holdExpiresAt, now) : null;
  const holdOver = seconds === 0;

  return (
    <div className="journey">
      <h1 className="journey__title">Pay for your booking</h1>
      {loaded.status === 'loading' && (
        <div className="empty-state" role="status">
          <span className="spinner" aria-hidden="true" /> Loading your booking…
        </div>
      )}
      {loaded.status === 'error' && (
        <ProblemAlert error={loaded.error} onRetry={reload} testId="booking-error" />
      )}
      {booking && (
        <>
          <BookingSummary booking={booking} />
          {!payable ? (
            <NotPayable booking={booking} />
          ) : (
            <section className="panel" aria-labelledby="payment-heading">
              <div className="total">
                <h2 id="payment-heading" className="panel__title">
                  Total to pay
                </h2>
                <span className="total__amount" data-testid="payment-total">
                  {formatPrice(booking.totalAmount, booking.currency)}
                </span>
              </div>
              {seconds !== null && !holdOver && <HoldCountdown seconds={seconds} />}
              {holdOver && (
                <div className="alert alert--error" role="alert" data-testid="hold-expired">
                  <p className="alert__title">Your seat hold has expired.</p>
                  <p>
                    The seats were released. <Link to={chooseSeatsAgainPath(booking, journey)}>Choose seats again</Link>
                  </p>
                </div>
              )}
              {settling ? (
                <div className="empty-state" role="status" data-testid="payment-settling">
                  <span className="spinner" aria-hidden="true" /> Payment accepted. Confirming your booking…
                </div>
              ) : (
                <PaymentStep started={started} onRetry={retryStart} disabled={holdOver} onPaid={onPaid} />
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}

interface PaymentStepProps {
  started: ReturnType<typeof useStartedPayment>[0];
  onRetry: () => void;
  disabled: boolean;
  onPaid: (payment: PaymentView) => void;
}

function PaymentStep({ started, onRetry, disabled, onPaid }: PaymentStepProps) {
  const payment = started.status === 'ready' ? started.payment : null;
  const [confirmer, setConfirmer] = useState<{ for: PaymentView; value: CardConfirmer } | { for: PaymentView; error: unknown } | null>(
    null,
  );

  useEffect(() => {
    if (!payment) return;
    let current = true;
    chooseCardConfirmer(payment).then(
      (value) => current && setConfirmer({ for: payment, value }),
      (error: unknown) => current && setConfirmer({ for: payment, error }),
    );
    return () => {
      current = false;
    };
  }, [payment]);

  if (started.status === 'error') return <ProblemAlert error={started.error} onRetry={onRetry} testId="payment-error" />;
  if (!payment || confirmer?.for !== payment) {
    return (
      <div className="empty-state" role="status">
        <span className="spinner" aria-hidden="true" /> Preparing the payment…
      </div>
    );
  }
  if ('error' in confirmer) {
    return (
      <div className="alert alert--error" role="alert" data-testid="payment-error">
        <p className="alert__title">The card form could not be loaded.</p>
        <p>Check your connection and reload the page.</p>
      </div>
    );
  }
  return <CardForm payment={payment} confirmer={confirmer.value} disabled={disabled} onPaid={() => onPaid(payment)} />;
}

function NotPayable({ booking }: { booking: BookingView }) {
  return (
    <div className="alert alert--info" role="status" data-testid="not-payable">
      <p className="alert__title">
        {booking.status === 'confirmed' ? 'This booking is already paid.' : 'This booking can no longer be paid.'}
      </p>
      <Link to={bookingPath(booking.id)}>View booking {booking.reference}</Link>
    </div>
  );
}

/** Back to choosing seats on the booking's flights: the flight's page, or the trip's for several flights. */
function chooseSeatsAgainPath(booking: BookingView, journey: JourneyContext): string {
  return booking.segments.length > 1
    ? bookTripPath({ flightIds: booking.segments.map((segment) => segment.flightId), passengers: journey.passengers })
    : bookFlightPath(booking.flightId, journey);
}
