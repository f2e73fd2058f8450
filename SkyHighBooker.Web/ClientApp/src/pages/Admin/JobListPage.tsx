import { useEffect, type ReactNode } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiResource } from '../../hooks/useApiResource';
import { AdminTable } from './AdminTable';

interface JobListPageProps<T> {
  /** Heading and document title. */
  title: string;
  /** Names the page's test ids: `${name}-error`, `${name}-empty`, `${name}-row`. */
  name: string;
  load: (signal: AbortSignal) => Promise<T[]>;
  empty: { title: string; text: string };
  columns: string[];
  rowKey: (item: T) => string;
  /** The row's cells, the first as its header cell. */
  cells: (item: T) => ReactNode;
}

/** An admin list of background jobs that need a human's eye (failed documents, stuck refunds), with a refresh button. */
export function JobListPage<T>({ title, name, load, empty, columns, rowKey, cells }: JobListPageProps<T>) {
  const { state, reload } = useApiResource(load, name);
  const headingId = `${name}-heading`;

  useEffect(() => {
    document.title = `${title} · Admin · Sky High Booker`;
  }, [title]);

  return (
    <section className="admin-page" aria-labelledby={headingId}>
      <div className="admin-page__header">
        <h1 id={headingId} className="admin-page__title">
          {title}
        </h1>
        <button type="button" className="button button--secondary" onClick={reload} disabled={state.status === 'loading'}>
          Refresh
        </button>
      </div>
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading {title.toLowerCase()}…
        </p>
      )}
      {state.status === 'error' && <ProblemAlert error={state.error} onRetry={reload} testId={`${name}-error`} />}
      {state.status === 'success' &&
        (state.value.length === 0 ? (
          <div className="empty-state" data-testid={`${name}-empty`}>
            <p className="empty-state__title">{empty.title}</p>
            <p>{empty.text}</p>
          </div>
        ) : (
          <AdminTable label={title} columns={columns}>
            {state.value.map((item) => (
              <tr key={rowKey(item)} data-testid={`${name}-row`}>
                {cells(item)}
              </tr>
            ))}
          </AdminTable>
        ))}
    </section>
  );
}
