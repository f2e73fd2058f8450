import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';

/** The header's way into the admin area, for admins only. */
export function AdminNavLink() {
  const { status, user } = useAuth();
  if (status !== 'signedIn' || !user?.isAdmin) return null;
  return (
    <NavLink to="/admin/dashboard" className="header-link header-link--admin" data-testid="admin-nav-link">
      Admin
    </NavLink>
  );
}
