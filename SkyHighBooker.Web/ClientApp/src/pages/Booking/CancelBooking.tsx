import { useEffect, useRef, useState } from 'react';
import { cancelBooking, type BookingView } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';

interface CancelBookingProps {
  booking: BookingView;
  onCancelled: (booking: BookingView) => void;
}

/** "Cancel booking", asking first; the Api releases the seats and refunds a completed payment. */
export function CancelBooking({ booking, onCancelled }: CancelBookingProps) {
  const [asking, setAsking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  async function cancel() {
    setCancelling(true);
    setError(null);
    try {
      onCancelled(await cancelBooking(booking.id));
      setAsking(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setCancelling(false);
    }
  }

  function keep() {
    setAsking(false);
    openButton.current?.focus();
  }

  if (!asking) {
    return (
      <button ref={openButton} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        Cancel booking
      </button>
    );
  }

  return (
    <div
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-description"
      onKeyDown={(e) => e.key === 'Escape' && keep()}
    >
      <h2 id="cancel-title" className="panel__title">
        Cancel booking {booking.reference}?
      </h2>
      <p id="cancel-description">
        {booking.status === 'confirmed'
          ? 'Your seats will be released and your payment refunded to your card.'
          : 'Your held seats will be released.'}
      </p>
      {error !== null && <ProblemAlert error={error} testId="cancel-error" />}
      <div className="actions">
        <button ref={confirmButton} type="button" className="button button--danger" disabled={cancelling} onClick={cancel}>
          {cancelling ? 'Cancelling…' : 'Yes, cancel booking'}
        </button>
        <button type="button" className="button button--secondary" disabled={cancelling} onClick={keep}>
          Keep booking
        </button>
      </div>
    </div>
  );
}
