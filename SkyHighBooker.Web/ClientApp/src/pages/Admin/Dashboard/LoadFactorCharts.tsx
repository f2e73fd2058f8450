import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { LoadFactorStatsView } from '../../../api/adminTypes';
import { ChartFrame } from './ChartFrame';
import { formatPercent } from './chartFormat';

interface LoadBar {
  label: string;
  percent: number;
  seats: string;
}

const barHeight = 26;

function LoadBars({ title, bars }: { title: string; bars: LoadBar[] }) {
  if (bars.length === 0) return null;
  return (
    <figure className="chart-panel__figure">
      <figcaption className="chart-panel__caption">{title}</figcaption>
      <ChartFrame height={40 + bars.length * barHeight}>
        <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" />
          <YAxis type="category" dataKey="label" width={118} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value, _name, item) => [`${Number(value).toFixed(1)} % (${(item.payload as LoadBar).seats})`, 'Load factor']} />
          <Bar dataKey="percent" name="Load factor" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </figure>
  );
}

/** Seats sold / seats per route and per flight, the fullest first. */
export function LoadFactorCharts({ load }: { load: LoadFactorStatsView }) {
  const routes = load.routes.map((route) => ({
    label: `${route.from}→${route.to}`,
    percent: route.loadFactor * 100,
    seats: `${route.seatsSold} of ${route.seats} seats, ${route.flights} flights`,
  }));
  const flights = load.flights.map((flight) => ({
    label: `${flight.flightNumber} ${flight.departureDate.slice(5)}`,
    percent: flight.loadFactor * 100,
    seats: `${flight.seatsSold} of ${flight.seats} seats, ${flight.from}→${flight.to}`,
  }));
  return (
    <>
      <p className="chart-panel__summary">
        <span data-testid="dashboard-load-factor-overall">{formatPercent(load.loadFactor)}</span> of{' '}
        {load.seats} seats sold on {load.flightCount} flights, {load.routeCount} routes
      </p>
      {load.flightCount === 0 ? (
        <p className="chart-panel__empty">No scheduled flight departs on these days.</p>
      ) : (
        <div className="chart-panel__pair">
          <LoadBars title={`Fullest routes (${routes.length} of ${load.routeCount})`} bars={routes} />
          <LoadBars title={`Fullest flights (${flights.length} of ${load.flightCount})`} bars={flights} />
        </div>
      )}
    </>
  );
}
