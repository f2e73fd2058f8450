import { listFailedDocuments } from '../../../api/admin';
import { formatInstant } from '../formatInstant';
import { JobListPage } from '../JobListPage';

const kindLabels: Record<string, string> = {
  confirmation: 'Confirmation',
  receipt: 'Receipt',
  cancellation_notice: 'Cancellation notice',
  boarding_pass: 'Boarding pass',
};

/** Document jobs the Worker gave up on, with their last error. */
export function FailedDocumentsPage() {
  return (
    <JobListPage
      title="Failed documents"
      name="failed-documents"
      load={listFailedDocuments}
      empty={{ title: 'No failed documents.', text: 'Every confirmation, boarding pass and cancellation notice has been rendered.' }}
      columns={['Document', 'Booking', 'Passenger', 'Attempts', 'Last error', 'Last tried']}
      rowKey={(job) => job.id}
      cells={(job) => (
        <>
          <th scope="row">{kindLabels[job.kind] ?? job.kind}</th>
          <td className="admin-table__id">{job.bookingId}</td>
          <td>{job.passengerPosition ?? '—'}</td>
          <td>{job.attempts}</td>
          <td className="admin-table__error">{job.lastError ?? '—'}</td>
          <td>{formatInstant(job.updatedAt)}</td>
        </>
      )}
    />
  );
}
