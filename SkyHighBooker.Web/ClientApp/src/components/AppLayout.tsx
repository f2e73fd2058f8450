import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AdminNavLink } from './AdminNavLink';
import { MyBookingsNavLink } from './MyBookingsNavLink';
import { UserMenu } from './UserMenu';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app__header">
        <div className="app__header-inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" />
              <path d="M6 19.5l20-8-2.2-2.6-7.3 2.9-6.1-5.3-2.4.9 3.8 6.3-4.3 1.7-2.6-2-1.6.6 2 4.1z" />
            </svg>
            <span className="brand__name">Sky High Booker</span>
          </Link>
          <nav className="app__account" aria-label="Account">
            <MyBookingsNavLink />
            <AdminNavLink />
            <UserMenu />
          </nav>
        </div>
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app__footer">Times are local to each airport.</footer>
    </div>
  );
}
