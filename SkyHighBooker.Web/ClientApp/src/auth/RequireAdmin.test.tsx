import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ada, fakeAuth, renderWithAuth } from '../test/auth';
import { RequireAdmin } from './RequireAdmin';

const page = (
  <RequireAdmin>
    <p>admin page</p>
  </RequireAdmin>
);

describe('RequireAdmin', () => {
  it('shows the page to an admin', () => {
    const admin = { ...ada, groups: ['admin'], isAdmin: true };
    renderWithAuth(page, { url: '/admin/flights', path: '/admin/flights', auth: fakeAuth({ status: 'signedIn', user: admin }) });

    expect(screen.getByText('admin page')).toBeTruthy();
  });

  it('tells a signed-in traveller the page is not for them', () => {
    renderWithAuth(page, { url: '/admin/flights', path: '/admin/flights', auth: fakeAuth({ status: 'signedIn', user: ada }) });

    expect(screen.getByRole('heading', { name: 'Not allowed' })).toBeTruthy();
    expect(screen.queryByText('admin page')).toBeNull();
  });

  it('sends a signed-out visitor to sign in and back afterwards', () => {
    renderWithAuth(page, { url: '/admin/bookings?page=2', path: '/admin/bookings', auth: fakeAuth() });

    expect(screen.getByTestId('location').textContent).toBe('/signin?returnTo=%2Fadmin%2Fbookings%3Fpage%3D2');
  });
});
