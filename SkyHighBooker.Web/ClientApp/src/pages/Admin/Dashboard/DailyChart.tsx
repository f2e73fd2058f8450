import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { formatDay, formatUsd } from './chartFormat';

/** A day's values by name, as the Api answers them (e.g. { day, bookings, revenue }). */
type Day = { day: string } & Record<string, string | number>;

interface Series {
  key: string;
  name: string;
  color: string;
}

interface DailyChartProps {
  days: Day[];
  /** Counts per day, as bars on the left axis. */
  counts: Series[];
  /** An amount in USD per day, as a line on the right axis. */
  amount: Series;
}

/** Every UTC day of the span along the bottom: counts as bars, an amount of money as a line. */
export function DailyChart({ days, counts, amount }: DailyChartProps) {
  return (
    <ChartFrame height={260}>
      <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={formatDay} minTickGap={16} />
        <YAxis yAxisId="count" allowDecimals={false} width={36} />
        <YAxis yAxisId="amount" orientation="right" width={64} tickFormatter={(value: number) => `$${value}`} />
        <Tooltip
          labelFormatter={(day) => formatDay(String(day))}
          formatter={(value, name) => (name === amount.name ? formatUsd(Number(value)) : value)}
        />
        <Legend />
        {counts.map((series) => (
          <Bar key={series.key} yAxisId="count" dataKey={series.key} name={series.name} fill={series.color} isAnimationActive={false} />
        ))}
        <Line yAxisId="amount" dataKey={amount.key} name={amount.name} stroke={amount.color} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
