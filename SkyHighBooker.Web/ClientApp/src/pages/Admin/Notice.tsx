import { useLocation } from 'react-router';

/** What the previous admin action did ("Flight SH101 created."), passed along in the navigation state. */
export function useNotice(): string | null {
  const state = useLocation().state as { notice?: unknown } | null;
  return typeof state?.notice === 'string' ? state.notice : null;
}

export function Notice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert--info" role="status" data-testid="admin-notice">
      {message}
    </div>
  );
}
