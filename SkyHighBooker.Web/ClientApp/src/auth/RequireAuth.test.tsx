import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ada, fakeAuth, renderWithAuth } from '../test/auth';
import { RequireAuth } from './RequireAuth';

const page = (
  <RequireAuth>
    <p>secret page</p>
  </RequireAuth>
);

describe('RequireAuth', () => {
  it('shows the page to a signed-in user', () => {
    renderWithAuth(page, { url: '/account', path: '/account', auth: fakeAuth({ status: 'signedIn', user: ada }) });

    expect(screen.getByText('secret page')).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in and back here afterwards', () => {
    renderWithAuth(page, { url: '/account?tab=trips', path: '/account', auth: fakeAuth() });

    expect(screen.getByTestId('location').textContent).toBe('/signin?returnTo=%2Faccount%3Ftab%3Dtrips');
  });

  it('waits while the stored session is read', () => {
    renderWithAuth(page, { url: '/account', path: '/account', auth: fakeAuth({ status: 'starting' }) });

    expect(screen.getByTestId('auth-starting')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/account');
  });

  it('says when sign-in is not configured', () => {
    renderWithAuth(page, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'unavailable', unavailableReason: 'not-configured', accounts: null }),
    });

    expect(screen.getByTestId('signin-unavailable').textContent).toContain('Sign-in is not configured');
  });
});
