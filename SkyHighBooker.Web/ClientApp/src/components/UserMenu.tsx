import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { displayName } from '../auth/jwt';
import { accountFlowPaths, withReturnTo } from '../auth/returnTo';

/**
 * The header's account corner: "Sign in" when signed out; the user's name when signed in, opening a small
 * disclosure menu with "My account" and "Sign out". Nothing while starting or when sign-in is unavailable.
 */
export function UserMenu() {
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // The location key the user asked to sign out on; cleared once signed out.
  const [signingOut, setSigningOut] = useState<string | null>(null);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Close on navigation, on a click elsewhere, and on Escape.
  useEffect(() => setOpen(false), [location.key]);

  const { signOut: endSession } = auth;
  useEffect(() => {
    if (signingOut === null || signingOut === location.key) return;
    setSigningOut(null);
    void endSession();
  }, [signingOut, location.key, endSession]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  if (auth.status === 'starting' || auth.status === 'unavailable') return null;

  if (auth.status === 'signedOut' || !auth.user) {
    const onAccountFlow = (accountFlowPaths as readonly string[]).includes(location.pathname);
    if (onAccountFlow) return null;
    return (
      <Link
        to={withReturnTo('/signin', `${location.pathname}${location.search}`)}
        className="header-link"
        data-testid="sign-in-link"
      >
        Sign in
      </Link>
    );
  }

  const user = auth.user;
  const name = displayName(user);

  function signOut() {
    // Leave first and sign out once home: signing out on a page for signed-in users would send the user to
    // sign in again (React Router navigates in a transition, after the session's own update).
    setSigningOut(location.key);
    navigate('/');
  }

  return (
    <div className="user-menu" ref={containerRef} data-testid="user-menu">
      {user.isAdmin && (
        <span
          className="badge badge--admin user-menu__badge"
          data-testid="admin-badge"
          title="You are an administrator"
        >
          Admin
        </span>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="user-menu-button"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {(user.firstName || name).charAt(0).toUpperCase()}
        </span>
        <span className="user-menu__name" data-testid="user-name">
          {name}
        </span>
        <span className="visually-hidden">account menu</span>
        <span className="user-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul id={menuId} className="user-menu__list" hidden={!open}>
        <li className="user-menu__who">
          <span className="user-menu__who-name">
            {[user.firstName, user.lastName].filter(Boolean).join(' ') || name}
            {user.isAdmin && <span className="badge badge--admin user-menu__who-badge">Admin</span>}
          </span>
          <span className="user-menu__who-email">{user.email}</span>
        </li>
        <li>
          <Link to="/account" className="user-menu__item" data-testid="my-account-link">
            My account
          </Link>
        </li>
        {user.isAdmin && (
          <li>
            <Link to="/admin/dashboard" className="user-menu__item" data-testid="admin-link">
              Admin area
            </Link>
          </li>
        )}
        <li>
          <button
            type="button"
            className="user-menu__item"
            onClick={signOut}
            disabled={signingOut !== null}
            data-testid="sign-out"
          >
            {signingOut !== null ? 'Signing out…' : 'Sign out'}
          </button>
        </li>
      </ul>
    </div>
  );
}
