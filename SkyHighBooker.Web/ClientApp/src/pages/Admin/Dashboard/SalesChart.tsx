import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SalesStatsView } from '../../../api/adminTypes';
import { ChartFrame } from './ChartFrame';
import { formatDay, formatUsd } from './chartFormat';

/** Bookings sold per UTC day (bars) and their revenue (line). */
export function SalesChart({ sales }: { sales: SalesStatsView }) {
  return (
    <>
      <p className="chart-panel__summary">
        <span data-testid="dashboard-sales-bookings">{sales.totalBookings}</span> bookings sold ·{' '}
        <span data-testid="dashboard-sales-revenue">{formatUsd(sales.totalRevenue)}</span>
      </p>
      <ChartFrame height={260}>
        <ComposedChart data={sales.days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={formatDay} minTickGap={16} />
          <YAxis yAxisId="bookings" allowDecimals={false} width={36} />
          <YAxis yAxisId="revenue" orientation="right" width={64} tickFormatter={(value: number) => `$${value}`} />
          <Tooltip labelFormatter={(day) => formatDay(String(day))}
            formatter={(value, name) => (name === 'Revenue' ? formatUsd(Number(value)) : value)} />
          <Legend />
          <Bar yAxisId="bookings" dataKey="bookings" name="Bookings" fill="#1d4ed8" isAnimationActive={false} />
          <Line yAxisId="revenue" dataKey="revenue" name="Revenue" stroke="#0f9d58" strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ChartFrame>
    </>
  );
}
