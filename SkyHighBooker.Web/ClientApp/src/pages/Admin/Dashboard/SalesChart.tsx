import type { SalesStatsView } from '../../../api/adminTypes';
import { DailyChart } from './DailyChart';
import { formatUsd } from './chartFormat';

/** Bookings sold per UTC day (bars) and their revenue (line). */
export function SalesChart({ sales }: { sales: SalesStatsView }) {
  return (
    <>
      <p className="chart-panel__summary">
        <span data-testid="dashboard-sales-bookings">{sales.totalBookings}</span> {sales.totalBookings === 1 ? 'booking' : 'bookings'} sold ·{' '}
        <span data-testid="dashboard-sales-revenue">{formatUsd(sales.totalRevenue)}</span>
      </p>
      <DailyChart
        days={sales.days}
        counts={[{ key: 'bookings', name: 'Bookings', color: '#1d4ed8' }]}
        amount={{ key: 'revenue', name: 'Revenue', color: '#0f9d58' }}
      />
    </>
  );
}
