import type { ReactNode } from 'react';
import type { PagedResult } from '../../api';
import { Pagination } from '../../components/Pagination';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ResourceState } from '../../hooks/useApiResource';
import { describeResultRange, type Noun } from '../Search/resultRange';

interface AdminResultsProps<T> {
  state: ResourceState<PagedResult<T>>;
  noun: Noun;
  /** Prefix of the test ids: `${testId}-error`, `-total` and `-empty`. */
  testId: string;
  /** The accessible name of the page links, e.g. "Flight pages". */
  pagesLabel: string;
  /** Messages of a failed request that no filter shows. */
  unmatchedMessages: readonly string[];
  hasFieldMessages: boolean;
  onRetry: () => void;
  onPageChange: (page: number) => void;
  /** The table of a non-empty page. */
  children: (items: T[]) => ReactNode;
}

/** A filtered admin list's outcome: loading, the failure, or the page of items with its total and page links. */
export function AdminResults<T>({
  state,
  noun,
  testId,
  pagesLabel,
  unmatchedMessages,
  hasFieldMessages,
  onRetry,
  onPageChange,
  children,
}: AdminResultsProps<T>) {
  if (state.status === 'error') {
    return (
      <ProblemAlert
        error={state.error}
        unmatchedMessages={unmatchedMessages}
        hasFieldMessages={hasFieldMessages}
        onRetry={onRetry}
        testId={`${testId}-error`}
      />
    );
  }
  if (state.status === 'loading') {
    return (
      <p className="admin-page__loading" role="status">
        <span className="spinner" aria-hidden="true" /> {`Loading ${noun.many}…`}
      </p>
    );
  }
  const { items, page, pageSize, totalCount, totalPages } = state.value;
  return (
    <>
      <p className="admin-page__total" aria-live="polite" data-testid={`${testId}-total`}>
        {describeResultRange(page, pageSize, items.length, totalCount, noun)}
      </p>
      {items.length === 0 ? (
        <div className="empty-state" data-testid={`${testId}-empty`}>
          <p className="empty-state__title">{`No ${noun.many} match.`}</p>
          <p>Change or clear the filters.</p>
        </div>
      ) : (
        children(items)
      )}
      <Pagination page={page} totalPages={totalPages} onPageChange={onPageChange} label={pagesLabel} />
    </>
  );
}
