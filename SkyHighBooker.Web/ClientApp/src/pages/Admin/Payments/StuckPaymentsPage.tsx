import { listStuckPaymentJobs } from '../../../api/admin';
import { formatPrice } from '../../../format';
import { formatInstant } from '../formatInstant';
import { JobListPage } from '../JobListPage';

const kindLabels: Record<string, string> = {
  refund: 'Refund',
  cancel_intent: 'Close unpaid payment',
};

/** Refunds and payment cancellations the Worker has not managed yet after several tries (it keeps trying). */
export function StuckPaymentsPage() {
  return (
    <JobListPage
      title="Stuck refunds"
      name="stuck-payments"
      load={listStuckPaymentJobs}
      empty={{ title: 'No stuck refunds.', text: 'Every refund and payment cancellation has gone through at Stripe, or is on its first tries.' }}
      columns={['Job', 'Booking', 'Amount', 'Attempts', 'Last error', 'Next try']}
      rowKey={(job) => job.id}
      cells={(job) => (
        <>
          <th scope="row">{kindLabels[job.kind] ?? job.kind}</th>
          <td className="admin-table__id">{job.bookingId}</td>
          <td>{formatPrice(Number(job.amount), 'USD')}</td>
          <td>{job.attempts}</td>
          <td className="admin-table__error">{job.lastError ?? '—'}</td>
          <td>{formatInstant(job.nextAttemptAt)}</td>
        </>
      )}
    />
  );
}
