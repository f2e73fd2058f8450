import type { BookingStatus } from '../../../api';
import type { AdminBookingQuery } from '../../../api/admin';
import type { ListFilters } from '../listFilters';

/** The booking list's filters, named as GET /api/admin/bookings names its query parameters. */
export const bookingFilterKeys = ['flightId', 'status', 'userId', 'email', 'createdFrom', 'createdTo'] as const;
export type BookingFilters = ListFilters<(typeof bookingFilterKeys)[number]>;

export const bookingPageSize = 20;

/** The Api query for the filters; a status the Api does not know goes along for it to refuse. */
export function bookingQueryOf(filters: BookingFilters): AdminBookingQuery {
  return { ...filters, status: filters.status as BookingStatus | '', pageSize: bookingPageSize };
}

/** Every status the Api lists for a booking (the type makes the compiler check them against its document). */
export const bookingStatusLabels: Record<BookingStatus, string> = {
  pending_payment: 'Pending payment',
  confirmed: 'Confirmed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

export const bookingStatuses = Object.keys(bookingStatusLabels) as BookingStatus[];
