import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserProfile } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { AccountPage } from './AccountPage';

const profile: UserProfile = {
  id: ada.id,
  email: 'ada@example.com',
  emailVerified: true,
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'user',
  createdAt: '2026-11-20T09:15:00Z',
  lastLoginAt: null,
  mfaEnabled: false,
  profilePictureUrl: null,
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('AccountPage', () => {
  it('shows the profile the Api keeps', async () => {
    const fetchMock = vi.fn(async () => json(200, profile));
    vi.stubGlobal('fetch', fetchMock);
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-email')).textContent).toBe('ada@example.com');
    expect(screen.getByTestId('account-name').textContent).toBe('Ada Lovelace');
    expect(screen.getByTestId('account-role').textContent).toBe('Traveller');
    expect(screen.getByText('Verified')).toBeTruthy();
    expect(screen.getByText('November 20, 2026')).toBeTruthy();
    expect(screen.getByText('Not recorded yet')).toBeTruthy();
    expect(screen.queryByTestId('account-admin')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith('/api/me', expect.anything());
  });

  it('marks an admin', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { ...profile, role: 'admin' })),
    );
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-role')).textContent).toBe('Administrator');
    expect(screen.getByTestId('account-admin')).toBeTruthy();
  });

  it('says when the profile cannot be loaded, and tries again', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(502, { title: 'Bad gateway' }))
      .mockResolvedValueOnce(json(200, profile));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-error')).textContent).toContain('Something went wrong on our side.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect((await screen.findByTestId('account-email')).textContent).toBe('ada@example.com');
  });
});
