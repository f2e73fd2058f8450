import type { BookingStatus, PaymentStatus } from '../api';

export type BadgeTone = 'success' | 'warning' | 'neutral' | 'danger';

// Keyed by the Api's statuses, so the compiler asks for a label when its document gains one.
const bookingStatuses: Record<BookingStatus, { label: string; tone: BadgeTone }> = {
  pending_payment: { label: 'Awaiting payment', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  expired: { label: 'Expired', tone: 'neutral' },
};

const paymentStatuses: Record<PaymentStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'warning' },
  completed: { label: 'Paid', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  refunding: { label: 'Refund on its way', tone: 'warning' },
  refunded: { label: 'Refunded', tone: 'neutral' },
};

/** How a booking's status reads; an unknown one is shown as the Api spells it. */
export function bookingStatusLabel(status: string): { label: string; tone: BadgeTone } {
  return bookingStatuses[status as BookingStatus] ?? { label: humanise(status), tone: 'neutral' };
}

export function paymentStatusLabel(status: string): { label: string; tone: BadgeTone } {
  return paymentStatuses[status as PaymentStatus] ?? { label: humanise(status), tone: 'neutral' };
}

function humanise(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
