import type { ReactNode } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ResourceState } from '../../../hooks/useApiResource';

interface ChartPanelProps<T> {
  title: string;
  /** Test ids: `${testId}`, `${testId}-loading`, `${testId}-error`. */
  testId: string;
  state: ResourceState<T>;
  onRetry: () => void;
  children: (value: T) => ReactNode;
}

/** One of the dashboard's charts with its heading: loading, the failure, or the chart of the Api's answer. */
export function ChartPanel<T>({ title, testId, state, onRetry, children }: ChartPanelProps<T>) {
  const headingId = `${testId}-heading`;
  return (
    <section className="chart-panel" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="chart-panel__title">
        {title}
      </h2>
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status" data-testid={`${testId}-loading`}>
          <span className="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {state.status === 'error' && <ProblemAlert error={state.error} hasFieldMessages onRetry={onRetry} testId={`${testId}-error`} />}
      {state.status === 'success' && children(state.value)}
    </section>
  );
}
