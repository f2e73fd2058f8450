import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ada, fakeAuth, renderWithAuth } from '../test/auth';
import { AdminNavLink } from './AdminNavLink';

describe('AdminNavLink', () => {
  it('leads admins to the admin area', () => {
    const admin = { ...ada, groups: ['admin'], isAdmin: true };
    renderWithAuth(<AdminNavLink />, { url: '/', path: '/', auth: fakeAuth({ status: 'signedIn', user: admin }) });

    expect(screen.getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin/dashboard');
  });

  it('is not there for travellers or signed-out visitors', () => {
    renderWithAuth(<AdminNavLink />, { url: '/', path: '/', auth: fakeAuth({ status: 'signedIn', user: ada }) });
    expect(screen.queryByRole('link', { name: 'Admin' })).toBeNull();
  });
});
