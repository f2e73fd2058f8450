import { useEffect } from 'react';
import { listFailedDocuments } from '../../../api/admin';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatInstant } from '../formatInstant';
import { useApiResource } from '../../../hooks/useApiResource';

const kindLabels: Record<string, string> = {
  confirmation: 'Confirmation',
  receipt: 'Receipt',
  cancellation_notice: 'Cancellation notice',
  boarding_pass: 'Boarding pass',
};

/** Document jobs the Worker gave up on, with their last error. */
export function FailedDocumentsPage() {
  const { state, reload } = useApiResource((signal) => listFailedDocuments(signal), 'failed');

  useEffect(() => {
    document.title = 'Failed documents · Admin · Sky High Booker';
  }, []);

  return (
    <section className="admin-page" aria-labelledby="failed-documents-heading">
      <div className="admin-page__header">
        <h1 id="failed-documents-heading" className="admin-page__title">
          Failed documents
        </h1>
        <button type="button" className="button button--secondary" onClick={reload} disabled={state.status === 'loading'}>
          Refresh
        </button>
      </div>
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading failed documents…
        </p>
      )}
      {state.status === 'error' && <ProblemAlert error={state.error} onRetry={reload} testId="failed-documents-error" />}
      {state.status === 'success' &&
        (state.value.length === 0 ? (
          <div className="empty-state" data-testid="failed-documents-empty">
            <p className="empty-state__title">No failed documents.</p>
            <p>Every confirmation, boarding pass and cancellation notice has been rendered.</p>
          </div>
        ) : (
          <div className="admin-table__scroll" role="region" aria-label="Failed documents" tabIndex={0}>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Booking</th>
                  <th scope="col">Passenger</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  <th scope="col">Last tried</th>
                </tr>
              </thead>
              <tbody>
                {state.value.map((job) => (
                  <tr key={job.id} data-testid="failed-document-row">
                    <th scope="row">{kindLabels[job.kind] ?? job.kind}</th>
                    <td className="admin-table__id">{job.bookingId}</td>
                    <td>{job.passengerPosition ?? '—'}</td>
                    <td>{job.attempts}</td>
                    <td className="admin-table__error">{job.lastError ?? '—'}</td>
                    <td>{formatInstant(job.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
