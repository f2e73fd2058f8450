import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, messagesByField, type FlightSummary } from '../../../api';
import { listAdminFlights } from '../../../api/admin';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminResults } from '../AdminResults';
import { Notice, useNotice } from '../Notice';
import { AdminFlightFilters } from './AdminFlightFilters';
import { AdminFlightTable } from './AdminFlightTable';
import { CancelFlightDialog } from './CancelFlightDialog';
import {
  flightFilterKeys,
  flightQueryOf,
  readFlightFilters,
  writeFlightFilters,
  type FlightFilters,
} from './flightFilters';

const flightNoun = { one: 'flight', many: 'flights' };

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

      <AdminResults
        state={state}
        noun={flightNoun}
        testId="admin-flights"
        pagesLabel="Flight pages"
        unmatchedMessages={unmatched}
        hasFieldMessages={Object.keys(byField).length > 0}
        onRetry={reload}
        onPageChange={(page) => commit({ ...committed, page })}
      >
        {(flights) => <AdminFlightTable flights={flights} onCancel={setCancelling} />}
      </AdminResults>

      {cancelling && (
        <CancelFlightDialog flight={cancelling} onCancelled={cancelled} onDismiss={() => setCancelling(null)} />
      )}
    </section>
  );
}
