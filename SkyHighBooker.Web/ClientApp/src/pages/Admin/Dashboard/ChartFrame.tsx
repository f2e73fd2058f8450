import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A chart as wide as its panel. Where nothing can be measured (jsdom has no ResizeObserver) it is drawn at the
 * initial size, so the unit tests see the same SVG a browser does.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div className="chart-panel__chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
