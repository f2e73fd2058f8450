import { useEffect } from 'react';
import { ApiError, messagesByField } from '../../../api';
import { listAdminBookings } from '../../../api/admin';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminResults } from '../AdminResults';
import { useUrlFilters } from '../useUrlFilters';
import { AdminBookingFilters } from './AdminBookingFilters';
import { AdminBookingTable } from './AdminBookingTable';
import { bookingFilterKeys, bookingQueryOf } from './bookingFilters';

const bookingNoun = { one: 'booking', many: 'bookings' };

/** Every user's bookings, newest first; the filters live in the URL. */
export function AdminBookingsPage() {
  const filters = useUrlFilters(bookingFilterKeys);
  const { state, reload } = useApiResource(
    (signal) => listAdminBookings(bookingQueryOf(filters.committed), signal),
    filters.query,
  );

  useEffect(() => {
    document.title = 'Bookings · Admin · Sky High Booker';
  }, []);

  const problem = state.status === 'error' && state.error instanceof ApiError ? state.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, bookingFilterKeys);

  return (
    <section className="admin-page" aria-labelledby="admin-bookings-heading">
      <div className="admin-page__header">
        <h1 id="admin-bookings-heading" className="admin-page__title">
          Bookings
        </h1>
      </div>
      <AdminBookingFilters
        filters={filters.draft}
        errors={byField}
        onChange={filters.change}
        onApply={filters.apply}
        onClear={filters.clear}
      />

      <AdminResults
        state={state}
        noun={bookingNoun}
        testId="admin-bookings"
        pagesLabel="Booking pages"
        unmatchedMessages={unmatched}
        hasFieldMessages={Object.keys(byField).length > 0}
        onRetry={reload}
        onPageChange={filters.goToPage}
      >
        {(bookings) => <AdminBookingTable bookings={bookings} />}
      </AdminResults>
    </section>
  );
}
