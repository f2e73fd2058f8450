import { useRef, useState } from 'react';
import { ApiError, createBooking, type BookingRequest, type BookingView } from '../api';
import { IdempotentAttempt } from './idempotentAttempt';

/**
 * Holds the seats of a booking request (POST /api/bookings under one idempotency key per attempt): hands the booking
 * on, or keeps the refusal to show; a seat that went to someone else (409) also calls `onSeatTaken`, to read the maps again.
 */
export function useSeatHold(onBooked: (booking: BookingView) => void, onSeatTaken: () => Promise<void>) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = useRef(new IdempotentAttempt());

  async function hold(request: BookingRequest) {
    setSubmitting(true);
    setError(null);
    try {
      onBooked(await attempt.current.run(request, (key) => createBooking(request, key)));
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
      if (failure instanceof ApiError && failure.status === 409) await onSeatTaken();
    }
  }

  return { submitting, error, hold };
}
