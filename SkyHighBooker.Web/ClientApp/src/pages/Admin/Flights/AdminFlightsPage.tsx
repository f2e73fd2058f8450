import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, messagesByField, type FlightSummary } from '../../../api';
import { listAdminFlights } from '../../../api/admin';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { describeResultRange } from '../../Search/resultRange';
import { Notice, useNotice } from '../Notice';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminFlightFilters } from './AdminFlightFilters';
import { AdminFlightTable } from './AdminFlightTable';
import { CancelFlightDialog } from './CancelFlightDialog';
import {
  flightFilterKeys,
  flightQueryOf,
  isFlightStatus,
  readFlightFilters,
  writeFlightFilters,
  type FlightFilters,
} from './flightFilters';

/** Every flight, any status, found by number, route, date and status; the filters live in the URL. */
export function AdminFlightsPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const committed = useMemo(() => readFlightFilters(new URLSearchParams(query)), [query]);
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);

  const { state, reload } = useApiResource((signal) => listAdminFlights(flightQueryOf(committed), signal), query);
  const [cancelling, setCancelling] = useState<FlightSummary | null>(null);
  const navigationNotice = useNotice();
  const [notice, setNotice] = useState(navigationNotice);
  useEffect(() => setNotice(navigationNotice), [navigationNotice]);

  useEffect(() => {
    document.title = 'Flights · Admin · Sky High Booker';
  }, []);

  const problem = state.status === 'error' && state.error instanceof ApiError ? state.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, flightFilterKeys);

  const commit = (filters: FlightFilters) => setParams(writeFlightFilters(filters));
  const clear = () => commit(readFlightFilters(new URLSearchParams()));

  function cancelled(flight: FlightSummary) {
    setCancelling(null);
    setNotice(`Flight ${flight.flightNumber} cancelled. Its bookings are being cancelled and refunded.`);
    reload();
  }

  return (
    <section className="admin-page" aria-labelledby="admin-flights-heading">
      <div className="admin-page__header">
        <h1 id="admin-flights-heading" className="admin-page__title">
          Flights
        </h1>
        <Link to="/admin/flights/new" className="button button--primary">
          New flight
        </Link>
      </div>
      <Notice message={notice} />
      <AdminFlightFilters
        filters={draft}
        errors={byField}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        onApply={() => commit({ ...draft, page: 1 })}
        onClear={clear}
      />

      {state.status === 'error' && (
        <ProblemAlert
          error={state.error}
          unmatchedMessages={unmatched}
          hasFieldMessages={Object.keys(byField).length > 0}
          onRetry={reload}
          testId="admin-flights-error"
        />
      )}
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading flights…
        </p>
      )}
      {state.status === 'success' && (
        <>
          <p className="admin-page__total" aria-live="polite" data-testid="admin-flights-total">
            {describeResultRange(state.value.page, state.value.pageSize, state.value.items.length, state.value.totalCount)}
          </p>
          {state.value.items.length === 0 ? (
            <div className="empty-state" data-testid="admin-flights-empty">
              <p className="empty-state__title">No flights match.</p>
              <p>Change or clear the filters.</p>
            </div>
          ) : (
            <AdminFlightTable
              flights={state.value.items}
              status={isFlightStatus(committed.status) ? committed.status : null}
              onCancel={setCancelling}
            />
          )}
          <Pagination
            page={state.value.page}
            totalPages={state.value.totalPages}
            onPageChange={(page) => commit({ ...committed, page })}
            label="Flight pages"
          />
        </>
      )}

      {cancelling && (
        <CancelFlightDialog flight={cancelling} onCancelled={cancelled} onDismiss={() => setCancelling(null)} />
      )}
    </section>
  );
}
