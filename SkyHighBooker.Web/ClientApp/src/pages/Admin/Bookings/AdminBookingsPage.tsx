import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, messagesByField } from '../../../api';
import { listAdminBookings } from '../../../api/admin';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminResults } from '../AdminResults';
import { AdminBookingFilters } from './AdminBookingFilters';
import { AdminBookingTable } from './AdminBookingTable';
import {
  bookingFilterKeys,
  bookingQueryOf,
  readBookingFilters,
  writeBookingFilters,
  type BookingFilters,
} from './bookingFilters';

const bookingNoun = { one: 'booking', many: 'bookings' };

/** Every user's bookings, newest first; the filters live in the URL. */
export function AdminBookingsPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const committed = useMemo(() => readBookingFilters(new URLSearchParams(query)), [query]);
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);

  const { state, reload } = useApiResource((signal) => listAdminBookings(bookingQueryOf(committed), signal), query);

  useEffect(() => {
    document.title = 'Bookings · Admin · Sky High Booker';
  }, []);

  const problem = state.status === 'error' && state.error instanceof ApiError ? state.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, bookingFilterKeys);
  const commit = (filters: BookingFilters) => setParams(writeBookingFilters(filters));

  return (
    <section className="admin-page" aria-labelledby="admin-bookings-heading">
      <div className="admin-page__header">
        <h1 id="admin-bookings-heading" className="admin-page__title">
          Bookings
        </h1>
      </div>
      <AdminBookingFilters
        filters={draft}
        errors={byField}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        onApply={() => commit({ ...draft, page: 1 })}
        onClear={() => commit(readBookingFilters(new URLSearchParams()))}
      />

      <AdminResults
        state={state}
        noun={bookingNoun}
        testId="admin-bookings"
        pagesLabel="Booking pages"
        unmatchedMessages={unmatched}
        hasFieldMessages={Object.keys(byField).length > 0}
        onRetry={reload}
        onPageChange={(page) => commit({ ...committed, page })}
      >
        {(bookings) => <AdminBookingTable bookings={bookings} />}
      </AdminResults>
    </section>
  );
}
