import { NavLink, Outlet } from 'react-router';
import './admin.css';

/** The admin area: its own navigation above each admin page. */
export function AdminLayout() {
  return (
    <div className="admin">
      <nav className="admin__nav" aria-label="Admin">
        <NavLink to="/admin/dashboard" className="admin__nav-link">
          Dashboard
        </NavLink>
        <NavLink to="/admin/flights" className="admin__nav-link">
          Flights
        </NavLink>
        <NavLink to="/admin/bookings" className="admin__nav-link">
          Bookings
        </NavLink>
        <NavLink to="/admin/documents" className="admin__nav-link">
          Failed documents
        </NavLink>
        <NavLink to="/admin/payments" className="admin__nav-link">
          Stuck refunds
        </NavLink>
        <NavLink to="/admin/emails" className="admin__nav-link">
          Failed emails
        </NavLink>
        <NavLink to="/admin/users" className="admin__nav-link">
          Users
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
