import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="empty-state">
      <h1 className="empty-state__title">Page not found</h1>
      <p>
        <Link to="/">Search flights</Link>
      </p>
    </div>
  );
}
