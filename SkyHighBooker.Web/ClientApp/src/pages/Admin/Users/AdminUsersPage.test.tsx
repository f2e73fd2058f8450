import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdminUserView } from '../../../api/adminTypes';
import { ada, fakeAuth, renderWithAuth } from '../../../test/auth';
import { fakeApi, on } from '../../../test/fakeApi';
import { AdminUsersPage } from './AdminUsersPage';

const grace: AdminUserView = {
  id: '7b1e0f3c-2d44-4a1b-9c5e-6f7a8b9c0d1e',
  email: 'grace@example.com',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: 'user',
  emailVerified: true,
  mfaEnabled: true,
  enabled: true,
  status: 'CONFIRMED',
  createdAt: '2026-11-20T09:15:00Z',
};
const admin: AdminUserView = { ...grace, id: 'a1', email: 'admin@skyhighbooker.local', firstName: 'Ada', lastName: 'Admin', role: 'admin', mfaEnabled: false };

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  renderWithAuth(<AdminUsersPage />, { url: '/admin/users', path: '/admin/users', auth: fakeAuth({ status: 'signedIn', user: { ...ada, isAdmin: true } }) });
  return userEvent.setup();
}

describe('AdminUsersPage', () => {
  it('lists each user with role, verification and two-step verification, and pages on with the token', async () => {
    const api = fakeApi(
      on('GET', '/api/admin/users', (url) =>
        url.includes('pageToken=next-1')
          ? { status: 200, body: { items: [admin], nextPageToken: null } }
          : { status: 200, body: { items: [grace], nextPageToken: 'next-1' } },
      ),
    );
    const user = renderPage();

    const row = await screen.findByRole('row', { name: /grace@example.com/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Grace Hopper',
      'Traveller',
      'Yes',
      'On',
      'CONFIRMED',
      expect.any(String),
    ]);
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('row', { name: /admin@skyhighbooker.local/ })).toBeTruthy();
    expect(screen.getByText('Administrator')).toBeTruthy();
    expect(api.requests()).toEqual(['GET /api/admin/users?limit=20', 'GET /api/admin/users?limit=20&pageToken=next-1']);
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(true);
  });

  it('downloads the CSV export', async () => {
    fakeApi(
      on('GET', '/api/admin/users', { status: 200, body: { items: [grace], nextPageToken: null } }),
      on('GET', '/api/admin/users/export', { status: 200, body: 'name,given_name' }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:users');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = renderPage();

    await screen.findByRole('row', { name: /grace@example.com/ });
    await user.click(screen.getByRole('button', { name: 'Export users (CSV)' }));

    expect(click).toHaveBeenCalled();
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    click.mockRestore();
  });

  it('says when the Api refuses the list', async () => {
    fakeApi(on('GET', '/api/admin/users', { status: 403, body: { title: 'Forbidden', status: 403 } }));
    renderPage();

    expect(await screen.findByTestId('admin-users-error')).toBeTruthy();
  });
});
