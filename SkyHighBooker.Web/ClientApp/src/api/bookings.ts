import { getJson, sendJson } from './http';
import type { BookingRequest, BookingView, DocumentView, PagedResult, PaymentView } from './types';

const idempotencyHeader = (key: string) => ({ 'Idempotency-Key': key });
const bookingPath = (id: string) => `/api/bookings/${encodeURIComponent(id)}`;

/** Holds the seats while payment is pending (POST /api/bookings); the same key replays the same answer. */
export function createBooking(request: BookingRequest, idempotencyKey: string, signal?: AbortSignal): Promise<BookingView> {
  return sendJson<BookingView>('POST', '/api/bookings', request, signal, idempotencyHeader(idempotencyKey));
}

export function getBooking(id: string, signal?: AbortSignal): Promise<BookingView> {
  return getJson<BookingView>(bookingPath(id), undefined, signal);
}

/** The signed-in user's bookings, newest first. */
export function listMyBookings(page: number, signal?: AbortSignal): Promise<PagedResult<BookingView>> {
  return getJson<PagedResult<BookingView>>('/api/bookings', new URLSearchParams({ page: String(page) }), signal);
}

/** Releases the seats; a completed payment is refunded. */
export function cancelBooking(id: string): Promise<BookingView> {
  return sendJson<BookingView>('POST', `${bookingPath(id)}/cancel`);
}

/** Opens a card payment for the booking's total; the answer carries what the browser needs to confirm it with Stripe. */
export function startPayment(bookingId: string, idempotencyKey: string): Promise<PaymentView> {
  return sendJson<PaymentView>('POST', `${bookingPath(bookingId)}/payments`, undefined, undefined, idempotencyHeader(idempotencyKey));
}

/** After the card is confirmed with Stripe: has the Api settle the payment now rather than wait for the webhook. */
export function refreshPayment(bookingId: string, paymentId: string): Promise<PaymentView> {
  return sendJson<PaymentView>('POST', `${bookingPath(bookingId)}/payments/${encodeURIComponent(paymentId)}/refresh`);
}

export function listPayments(bookingId: string, signal?: AbortSignal): Promise<PaymentView[]> {
  return getJson<PaymentView[]>(`${bookingPath(bookingId)}/payments`, undefined, signal);
}

/** The booking's PDFs; ready ones carry a short-lived download URL. */
export function listDocuments(bookingId: string, signal?: AbortSignal): Promise<DocumentView[]> {
  return getJson<DocumentView[]>(`${bookingPath(bookingId)}/documents`, undefined, signal);
}
