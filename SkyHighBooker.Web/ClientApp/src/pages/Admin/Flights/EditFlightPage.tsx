import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, getFlight } from '../../../api';
import { updateFlight } from '../../../api/admin';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiResource } from '../../../hooks/useApiResource';
import { flightFormOf } from './flightForm';
import { FlightForm } from './FlightForm';
import { flightListLinkTo } from './flightListLink';

export function EditFlightPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { state, reload } = useApiResource(async (signal) => flightFormOf(await getFlight(id, signal)), id);

  useEffect(() => {
    document.title = 'Edit flight · Admin · Sky High Booker';
  }, []);

  return (
    <section className="admin-page" aria-labelledby="edit-flight-heading">
      <h1 id="edit-flight-heading" className="admin-page__title">
        Edit flight
        {state.status === 'success' && ` ${state.value.flightNumber}`}
      </h1>
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the flight…
        </p>
      )}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? (
          <div className="empty-state" data-testid="flight-not-found">
            <p className="empty-state__title">Flight not found.</p>
            <Link to="/admin/flights">Back to flights</Link>
          </div>
        ) : (
          <ProblemAlert error={state.error} onRetry={reload} testId="flight-load-error" />
        ))}
      {state.status === 'success' && (
        <FlightForm
          key={id}
          initial={state.value}
          mode="edit"
          save={(draft) => updateFlight(id, draft)}
          onSaved={(flight) =>
            navigate(flightListLinkTo(flight), { state: { notice: `Flight ${flight.flightNumber} saved.` } })
          }
        />
      )}
    </section>
  );
}
