import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';
import { withReturnTo } from './returnTo';
import { SignInUnavailable } from './SignInUnavailable';

/** Shows its page to signed-in users; sends everyone else to sign in, and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();

  switch (auth.status) {
    case 'starting':
      return <AuthStarting />;
    case 'unavailable':
      return <SignInUnavailable reason={auth.unavailableReason} />;
    case 'signedOut':
      return (
        <Navigate to={withReturnTo('/signin', `${location.pathname}${location.search}${location.hash}`)} replace />
      );
    case 'signedIn':
      return children;
  }
}

/** While the configuration and any stored session are read. */
export function AuthStarting() {
  return (
    <div className="empty-state" role="status" data-testid="auth-starting">
      <span className="spinner" aria-hidden="true" />
      <p>Checking your sign-in…</p>
    </div>
  );
}
