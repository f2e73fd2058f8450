import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AdminNavLink } from './AdminNavLink';
import { MyBookingsNavLink } from './MyBookingsNavLink';
import { SiteLogo } from './SiteLogo';
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
            <SiteLogo />
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
