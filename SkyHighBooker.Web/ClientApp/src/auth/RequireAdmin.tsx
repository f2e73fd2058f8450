import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAuth } from './AuthContext';
import { RequireAuth } from './RequireAuth';

/** Shows its page to admins only: others see why not, signed-out visitors go to sign in and come back. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <AdminOnly>{children}</AdminOnly>
    </RequireAuth>
  );
}

function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return user?.isAdmin ? children : <NotAllowed />;
}

export function NotAllowed() {
  return (
    <div className="empty-state" data-testid="not-allowed">
      <h1 className="empty-state__title">Not allowed</h1>
      <p>This page is for administrators. Your account does not have access to it.</p>
      <p>
        <Link to="/">Search flights</Link>
      </p>
    </div>
  );
}
