import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { CancellationStatsView } from '../../../api/adminTypes';
import { ChartFrame } from './ChartFrame';
import { formatDay, formatUsd } from './chartFormat';

/** Bookings cancelled and refunds decided per UTC day (bars), and the amount refunded (line). */
export function CancellationsChart({ cancellations }: { cancellations: CancellationStatsView }) {
  return (
    <>
      <p className="chart-panel__summary">
        <span data-testid="dashboard-cancellations-count">{cancellations.totalCancellations}</span> cancelled ·{' '}
        {cancellations.totalRefunds} refunds ·{' '}
        <span data-testid="dashboard-cancellations-refunded">{formatUsd(cancellations.totalRefundAmount)}</span>
      </p>
      <ChartFrame height={260}>
        <ComposedChart data={cancellations.days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={formatDay} minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} width={36} />
          <YAxis yAxisId="amount" orientation="right" width={64} tickFormatter={(value: number) => `$${value}`} />
          <Tooltip labelFormatter={(day) => formatDay(String(day))}
            formatter={(value, name) => (name === 'Refunded' ? formatUsd(Number(value)) : value)} />
          <Legend />
          <Bar yAxisId="count" dataKey="cancellations" name="Cancellations" fill="#b42318" isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="refunds" name="Refunds" fill="#f79009" isAnimationActive={false} />
          <Line yAxisId="amount" dataKey="refundAmount" name="Refunded" stroke="#5b6478" strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ChartFrame>
    </>
  );
}
