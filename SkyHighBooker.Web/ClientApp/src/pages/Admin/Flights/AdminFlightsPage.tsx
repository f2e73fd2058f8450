import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, messagesByField, type FlightSummary } from '../../../api';
import { listAdminFlights } from '../../../api/admin';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminResults } from '../AdminResults';
import { Notice, useNotice } from '../Notice';
import { useUrlFilters } from '../useUrlFilters';
import { AdminFlightFilters } from './AdminFlightFilters';
import { AdminFlightTable } from './AdminFlightTable';
import { CancelFlightDialog } from './CancelFlightDialog';
import { flightFilterKeys, flightQueryOf } from './flightFilters';

const flightNoun = { one: 'flight', many: 'flights' };

/** Every flight, any status, found by number, route, date and status; the filters live in the URL. */
export function AdminFlightsPage() {
  const filters = useUrlFilters(flightFilterKeys);
  const { state, reload } = useApiResource(
    (signal) => listAdminFlights(flightQueryOf(filters.committed), signal),
    filters.query,
  );
  const [cancelling, setCancelling] = useState<FlightSummary | null>(null);
  const navigationNotice = useNotice();
  const [notice, setNotice] = useState(navigationNotice);
  useEffect(() => setNotice(navigationNotice), [navigationNotice]);

  useEffect(() => {
    document.title = 'Flights · Admin · Sky High Booker';
  }, []);

  const problem = state.status === 'error' && state.error instanceof ApiError ? state.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, flightFilterKeys);

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
        filters={filters.draft}
        errors={byField}
        onChange={filters.change}
        onApply={filters.apply}
        onClear={filters.clear}
      />

      <AdminResults
        state={state}
        noun={flightNoun}
        testId="admin-flights"
        pagesLabel="Flight pages"
        unmatchedMessages={unmatched}
        hasFieldMessages={Object.keys(byField).length > 0}
        onRetry={reload}
        onPageChange={filters.goToPage}
      >
        {(flights) => <AdminFlightTable flights={flights} onCancel={setCancelling} />}
      </AdminResults>

      {cancelling && (
        <CancelFlightDialog flight={cancelling} onCancelled={cancelled} onDismiss={() => setCancelling(null)} />
      )}
    </section>
  );
}
