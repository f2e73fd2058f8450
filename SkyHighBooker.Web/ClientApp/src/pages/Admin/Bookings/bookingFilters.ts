import type { AdminBookingQuery } from '../../../api/admin';
import type { ListFilters } from '../listFilters';

/** The booking list's filters, named as GET /api/admin/bookings names its query parameters. */
export const bookingFilterKeys = ['flightId', 'status', 'userId', 'email', 'createdFrom', 'createdTo'] as const;
export type BookingFilters = ListFilters<(typeof bookingFilterKeys)[number]>;

export const bookingPageSize = 20;

export function bookingQueryOf(filters: BookingFilters): AdminBookingQuery {
  return { ...filters, pageSize: bookingPageSize };
}

export const bookingStatusLabels: Record<string, string> = {
  pending_payment: 'Pending payment',
  confirmed: 'Confirmed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};
