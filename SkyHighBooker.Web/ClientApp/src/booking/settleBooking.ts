import { getBooking, refreshPayment, type BookingView } from '../api';
import { pollUntil, type PollOptions } from './poll';

/**
 * After the card is confirmed with Stripe: asks the Api to settle the payment now, then reads the booking until it
 * is confirmed (the Stripe webhook settles it too, should the refresh not get through). Returns the last booking
 * read and whether it was confirmed in time.
 */
export async function settleBooking(
  bookingId: string,
  paymentId: string,
  options: Omit<PollOptions<BookingView>, 'onValue'> = {},
): Promise<{ booking: BookingView | undefined; confirmed: boolean }> {
  try {
    await refreshPayment(bookingId, paymentId);
  } catch {
    // The webhook is the backstop: reading the booking below still shows when it is confirmed.
  }
  const { value, done } = await pollUntil(
    (signal) => getBooking(bookingId, signal),
    (booking) => booking.status !== 'pending_payment',
    options,
  );
  return { booking: value, confirmed: done && value?.status === 'confirmed' };
}
