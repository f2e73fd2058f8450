import { ApiError } from '../api';

interface ProblemAlertProps {
  error: unknown;
  /** Field messages that no field on the page shows. */
  unmatchedMessages?: readonly string[];
  /** Set when some messages are shown next to their fields. */
  hasFieldMessages?: boolean;
  onRetry?: () => void;
  testId?: string;
}

/** The general message for a failed request: the problem's title and detail, and any message no field shows. */
export function ProblemAlert({
  error,
  unmatchedMessages = [],
  hasFieldMessages = false,
  onRetry,
  testId = 'search-error',
}: ProblemAlertProps) {
  const { title, detail } = describeFailure(error, hasFieldMessages);
  const canRetry = onRetry && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

  return (
    <div className="alert alert--error" role="alert" data-testid={testId}>
      <p className="alert__title">{title}</p>
      {detail && <p>{detail}</p>}
      {unmatchedMessages.length > 0 && (
        <ul className="alert__list">
          {unmatchedMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {canRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function describeFailure(error: unknown, hasFieldMessages: boolean): { title: string; detail?: string } {
  if (!(error instanceof ApiError)) {
    return { title: 'Something went wrong.', detail: 'Please try again.' };
  }
  if (error.isNetworkFailure) {
    return { title: 'We could not reach Sky High Booker.', detail: 'Check your connection and try again.' };
  }
  if (error.status >= 500) {
    return {
      title: 'Something went wrong on our side.',
      detail: error.problem?.detail ?? 'Please try again in a moment.',
    };
  }
  const problem = error.problem;
  return {
    title: problem?.title ?? 'The request could not be completed.',
    detail: problem?.detail ?? (hasFieldMessages ? 'Please correct the highlighted fields.' : undefined),
  };
}
