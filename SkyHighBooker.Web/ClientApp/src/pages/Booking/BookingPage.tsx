import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getBooking, listPayments, type BookingView, type PaymentView } from '../../api';
import { paymentPath, readJourney } from '../../booking/bookingPaths';
import { BookingSummary } from '../../booking/BookingSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPrice } from '../../format';
import { useApiResource } from '../../hooks/useApiResource';
import { CancelBooking } from './CancelBooking';
import { DocumentsPanel } from './DocumentsPanel';
import { PaymentsPanel } from './PaymentsPanel';
import { useBookingDocuments } from './useBookingDocuments';
import '../../booking/booking.css';

const refundPollMilliseconds = 2000;

const headings: Record<string, string> = {
  confirmed: 'Your booking is confirmed',
  pending_payment: 'Your booking is awaiting payment',
  cancelled: 'This booking is cancelled',
  expired: 'This booking has expired',
};

/** /bookings/:bookingId: the booking, its payments and documents, and cancelling it. */
export function BookingPage() {
  const { bookingId = '' } = useParams();
  const [search] = useSearchParams();
  const journey = readJourney(search);
  const { state: loaded, reload } = useApiResource((signal) => getBooking(bookingId, signal), bookingId);
  // The booking as cancelling it left it, until the page loads another.
  const [cancelled, setCancelled] = useState<BookingView | null>(null);
  const booking = cancelled?.id === bookingId ? cancelled : loaded.status === 'success' ? loaded.value : null;
  // Payments and documents are read again when the booking changes status (a cancellation refunds and adds a notice).
  const statusKey = `${bookingId}:${booking?.status ?? ''}`;
  const { state: payments, reload: reloadPayments } = useApiResource((signal) => listPayments(bookingId, signal), statusKey);
  // A refund is made by the Worker moments after the cancellation: look again until it is.
  const refundPending = payments.status === 'success' && payments.value.some((p) => p.status === 'refunding');
  useEffect(() => {
    if (!refundPending) return;
    const timer = setTimeout(reloadPayments, refundPollMilliseconds);
    return () => clearTimeout(timer);
  }, [refundPending, payments, reloadPayments]);
  const documents = useBookingDocuments(bookingId, booking?.status === 'confirmed' || booking?.status === 'cancelled', statusKey);

  useEffect(() => {
    document.title = booking ? `Booking ${booking.reference} · Sky High Booker` : 'Booking · Sky High Booker';
  }, [booking]);

  return (
    <div className="journey">
      {loaded.status === 'loading' && (
        <>
          <h1 className="journey__title">Your booking</h1>
          <div className="empty-state" role="status">
            <span className="spinner" aria-hidden="true" /> Loading your booking…
          </div>
        </>
      )}
      {loaded.status === 'error' && (
        <>
          <h1 className="journey__title">Your booking</h1>
          <ProblemAlert error={loaded.error} onRetry={reload} testId="booking-error" />
        </>
      )}
      {booking && (
        <>
          <h1 className="journey__title">{headings[booking.status] ?? 'Your booking'}</h1>
          {booking.status === 'cancelled' && payments.status === 'success' && (
            <RefundNotice booking={booking} payments={payments.value.filter((p) => p.status === 'refunded' || p.status === 'refunding')} />
          )}
          <BookingSummary booking={booking} />
          <NextSteps booking={booking} passengers={journey.passengers} />
          <DocumentsPanel booking={booking} documents={documents} />
          <PaymentsPanel payments={payments} />
          {(booking.status === 'confirmed' || booking.status === 'pending_payment') && (
            <section className="panel" aria-label="Cancel this booking">
              <CancelBooking booking={booking} onCancelled={setCancelled} />
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The money coming back: refunds are made by the Worker shortly after the cancellation, so one may still be on its way. */
function RefundNotice({ booking, payments }: { booking: BookingView; payments: PaymentView[] }) {
  return (
    <div className="alert alert--info" role="status" data-testid="refund-notice">
      <p className="alert__title">Booking {booking.reference} is cancelled and its seats released.</p>
      {payments.map((payment, index) => (
        <p key={index}>
          {formatPrice(payment.amount, payment.currency)}{' '}
          {payment.status === 'refunded' ? 'has been refunded to your card.' : 'is being refunded to your card.'}
        </p>
      ))}
    </div>
  );
}

interface NextStepsProps {
  booking: BookingView;
  passengers: number;
}

function NextSteps({ booking, passengers }: NextStepsProps) {
  if (booking.status !== 'pending_payment') return null;
  return (
    <div className="actions">
      <Link className="button button--primary" to={paymentPath(booking.id, { passengers })}>
        Pay now
      </Link>
    </div>
  );
}
