import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from '../api/http';
import { fakeAccounts } from '../test/auth';
import { fakeJwt } from '../test/jwt';
import { useAuth } from './AuthContext';
import { AuthProvider } from './AuthProvider';
import { refreshTokenKey } from './authSession';
import type { ClientConfig } from './config';

const settings = { endpoint: 'http://localhost:9229/', region: 'us-east-1', clientId: 'web', userPoolId: 'local_1' };
const exp = Math.floor(Date.now() / 1000) + 3600;
const tokens = {
  accessToken: fakeJwt({ sub: 'u1', token_use: 'access', exp }),
  idToken: fakeJwt({ sub: 'u1', token_use: 'id', email: 'ada@example.com', given_name: 'Ada', exp }),
};

function Probe() {
  const auth = useAuth();
  return <output data-testid="auth">{`${auth.status}${auth.user ? `:${auth.user.firstName}` : ''}`}</output>;
}

function renderProvider(config: ClientConfig | Error, accounts = fakeAccounts()) {
  const loadConfig = () => (config instanceof Error ? Promise.reject(config) : Promise.resolve(config));
  const createAccounts = vi.fn(async () => accounts);
  render(
    <MemoryRouter>
      <AuthProvider loadConfig={loadConfig} createAccounts={createAccounts}>
        <Probe />
      </AuthProvider>
    </MemoryRouter>,
  );
  return { createAccounts };
}

const status = () => screen.getByTestId('auth').textContent;

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('AuthProvider', () => {
  it('is unavailable when /config.json has no client id, without loading the SDK', async () => {
    const { createAccounts } = renderProvider({ cognito: null });

    await waitFor(() => expect(status()).toBe('unavailable'));
    expect(createAccounts).not.toHaveBeenCalled();
  });

  it('is unavailable when /config.json cannot be read', async () => {
    renderProvider(new Error('offline'));

    await waitFor(() => expect(status()).toBe('unavailable'));
  });

  it('starts signed out when nothing is stored', async () => {
    renderProvider({ cognito: settings });

    await waitFor(() => expect(status()).toBe('signedOut'));
  });

  it('restores the session of a stored refresh token and signs Api requests with it', async () => {
    localStorage.setItem(refreshTokenKey, 'stored-refresh');
    const accounts = fakeAccounts({ refresh: vi.fn(async () => tokens) });
    renderProvider({ cognito: settings }, accounts);

    await waitFor(() => expect(status()).toBe('signedIn:Ada'));
    expect(accounts.refresh).toHaveBeenCalledWith('stored-refresh');

    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await getJson('/api/me');
    expect((fetchMock.mock.calls[0] as unknown[])[1]).toMatchObject({
      headers: { Authorization: `Bearer ${tokens.accessToken}` },
    });
  });
});
