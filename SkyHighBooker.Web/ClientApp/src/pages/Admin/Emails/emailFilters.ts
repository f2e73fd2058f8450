import type { FailedEmailJobView } from '../../../api/adminTypes';
import type { FailedEmailQuery } from '../../../api/admin';
import type { ListFilters } from '../listFilters';

type EmailKind = FailedEmailJobView['kind'];
type EmailTrouble = FailedEmailJobView['state'];

/** The failed email list's filters, named as GET /api/admin/emails/failed names its query parameters. */
export const emailFilterKeys = ['state', 'kind', 'bookingId', 'userId'] as const;
export type EmailFilters = ListFilters<(typeof emailFilterKeys)[number]>;

export const emailPageSize = 20;

/** The Api query for the filters; a value the Api does not know goes along for it to refuse. */
export function emailQueryOf(filters: EmailFilters): FailedEmailQuery {
  return { ...filters, state: filters.state as EmailTrouble | '', kind: filters.kind as EmailKind | '', pageSize: emailPageSize };
}

/** Every kind and state the Api lists (the types make the compiler check them against its document). */
export const emailKindLabels: Record<EmailKind, string> = {
  booking_confirmed: 'Booking confirmed',
  booking_cancelled: 'Booking cancelled',
};

export const emailTroubleLabels: Record<EmailTrouble, string> = {
  failed: 'Refused for good',
  stuck: 'Stuck (still tried)',
};
