import type { BookingView, DocumentView } from '../../api';

const kindNames: Record<string, string> = {
  boarding_pass: 'Boarding pass',
  receipt: 'Receipt',
  confirmation: 'Booking confirmation',
  cancellation_notice: 'Cancellation notice',
};

/** "Boarding pass for Ada Lovelace", "Receipt", ...; boarding passes name their passenger (positions count from 1). */
export function documentTitle(document: DocumentView, booking: BookingView): string {
  const kind = kindNames[document.kind] ?? document.kind.replace(/_/g, ' ');
  const passenger = document.passengerPosition ? booking.passengers[document.passengerPosition - 1] : undefined;
  return passenger ? `${kind} for ${passenger.name}` : kind;
}

/** Still being made: worth asking again. */
export function isPending(documents: readonly DocumentView[]): boolean {
  return documents.some((d) => d.status === 'pending');
}
