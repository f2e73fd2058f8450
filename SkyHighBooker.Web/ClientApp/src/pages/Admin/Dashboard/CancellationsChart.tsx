import type { CancellationStatsView } from '../../../api/adminTypes';
import { DailyChart } from './DailyChart';
import { formatUsd } from './chartFormat';

/** Bookings cancelled and refunds decided per UTC day (bars), and the amount refunded (line). */
export function CancellationsChart({ cancellations }: { cancellations: CancellationStatsView }) {
  return (
    <>
      <p className="chart-panel__summary">
        <span data-testid="dashboard-cancellations-count">{cancellations.totalCancellations}</span> cancelled ·{' '}
        {cancellations.totalRefunds} {cancellations.totalRefunds === 1 ? 'refund' : 'refunds'} ·{' '}
        <span data-testid="dashboard-cancellations-refunded">{formatUsd(cancellations.totalRefundAmount)}</span>
      </p>
      <DailyChart
        days={cancellations.days}
        counts={[
          { key: 'cancellations', name: 'Cancellations', color: '#b42318' },
          { key: 'refunds', name: 'Refunds', color: '#f79009' },
        ]}
        amount={{ key: 'refundAmount', name: 'Refunded', color: '#5b6478' }}
      />
    </>
  );
}
