import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, messagesByField } from '../../../api';
import { listAdminBookings } from '../../../api/admin';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { describeResultRange } from '../../Search/resultRange';
import { useApiResource } from '../../../hooks/useApiResource';
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

      {state.status === 'error' && (
        <ProblemAlert
          error={state.error}
          unmatchedMessages={unmatched}
          hasFieldMessages={Object.keys(byField).length > 0}
          onRetry={reload}
          testId="admin-bookings-error"
        />
      )}
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading bookings…
        </p>
      )}
      {state.status === 'success' && (
        <>
          <p className="admin-page__total" aria-live="polite" data-testid="admin-bookings-total">
            {describeResultRange(
              state.value.page,
              state.value.pageSize,
              state.value.items.length,
              state.value.totalCount,
              bookingNoun,
            )}
          </p>
          {state.value.items.length === 0 ? (
            <div className="empty-state" data-testid="admin-bookings-empty">
              <p className="empty-state__title">No bookings match.</p>
              <p>Change or clear the filters.</p>
            </div>
          ) : (
            <AdminBookingTable bookings={state.value.items} />
          )}
          <Pagination
            page={state.value.page}
            totalPages={state.value.totalPages}
            onPageChange={(page) => commit({ ...committed, page })}
            label="Booking pages"
          />
        </>
      )}
    </section>
  );
}
