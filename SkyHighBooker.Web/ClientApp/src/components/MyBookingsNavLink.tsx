import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';

/** The header's way to the signed-in user's bookings. */
export function MyBookingsNavLink() {
  const { status } = useAuth();
  if (status !== 'signedIn') return null;
  return (
    <NavLink to="/bookings" end className="header-link" data-testid="my-bookings-link">
      My bookings
    </NavLink>
  );
}
