import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeJwt } from '../test/jwt';
import type { AccountService } from './accounts';
import { AuthSession, type RefreshTokenStore } from './authSession';
import type { AuthenticationResult } from './tokens';

const start = Date.UTC(2026, 11, 1, 12, 0, 0);
const oneHour = 3_600_000;
const sub = '5f0c1c4e-8a51-4d3e-9d5a-1b7e0f6c2a11';

function tokensIssuedAt(issued: number, extraIdClaims: Record<string, unknown> = {}): AuthenticationResult {
  const times = { iat: issued / 1000, exp: (issued + oneHour) / 1000 };
  return {
    accessToken: fakeJwt({ sub, token_use: 'access', ...times, n: issued }),
    idToken: fakeJwt({
      sub,
      token_use: 'id',
      email: 'ada@example.com',
      given_name: 'Ada',
      family_name: 'Lovelace',
      ...times,
      ...extraIdClaims,
    }),
  };
}

function cognitoError(name: string) {
  return Object.assign(new Error(name), { name });
}

function fakeAccounts(overrides: Partial<AccountService> = {}) {
  return {
    signUp: vi.fn(),
    confirmSignUp: vi.fn(),
    resendConfirmationCode: vi.fn(),
    signIn: vi.fn(async () => ({ ...tokensIssuedAt(Date.now()), refreshToken: 'refresh-1' })),
    refresh: vi.fn(async () => tokensIssuedAt(Date.now())),
    revoke: vi.fn(async () => undefined),
    forgotPassword: vi.fn(),
    confirmForgotPassword: vi.fn(),
    getUserAttributes: vi.fn(async () => ({ given_name: 'Ada', family_name: 'Lovelace' })),
    answerMfaChallenge: vi.fn(async () => ({ ...tokensIssuedAt(Date.now()), refreshToken: 'refresh-mfa' })),
    associateSoftwareToken: vi.fn(),
    verifySoftwareToken: vi.fn(),
    setSoftwareTokenMfa: vi.fn(),
    changePassword: vi.fn(),
    deleteUser: vi.fn(),
    ...overrides,
  } satisfies AccountService;
}

function memoryStore(initial: string | null = null): RefreshTokenStore & { value: string | null } {
  return {
    value: initial,
    load() {
      return this.value;
    },
    save(token) {
      this.value = token;
    },
    clear() {
      this.value = null;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => vi.useRealTimers());

describe('AuthSession', () => {
  it('signs in, keeps the refresh token and names the user from the ID token', async () => {
    const accounts = fakeAccounts();
    const store = memoryStore();
    const session = new AuthSession(accounts, store);
    const listener = vi.fn();
    session.subscribe(listener);

    await session.signIn('ada@example.com', 'Secret-123');

    expect(session.getState()).toEqual({
      status: 'signedIn',
      user: expect.objectContaining({ id: sub, firstName: 'Ada' }),
    });
    expect(store.value).toBe('refresh-1');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(accounts.getUserAttributes).not.toHaveBeenCalled();
  });

  it('asks Cognito for the names when the ID token has none', async () => {
    const accounts = fakeAccounts({
      signIn: vi.fn(async () => ({
        ...tokensIssuedAt(Date.now(), { given_name: undefined, family_name: undefined }),
        refreshToken: 'refresh-1',
      })),
    });
    const session = new AuthSession(accounts, memoryStore());

    const user = await session.signIn('ada@example.com', 'Secret-123');

    expect(accounts.getUserAttributes).toHaveBeenCalled();
    expect(user).toMatchObject({ firstName: 'Ada' });
  });

  it('hands back the MFA challenge without signing in, then signs in with the code', async () => {
    const challenge = { challenge: 'SOFTWARE_TOKEN_MFA', email: 'ada@example.com', session: 'cognito-session' } as const;
    const accounts = fakeAccounts({ signIn: vi.fn(async () => challenge) });
    const store = memoryStore();
    const session = new AuthSession(accounts, store);

    const first = await session.signIn('ada@example.com', 'Secret-123');

    expect(first).toEqual(challenge);
    expect(session.getState()).toEqual({ status: 'signedOut' });
    expect(store.value).toBeNull();

    const user = await session.answerMfaChallenge(challenge, '123456');

    expect(accounts.answerMfaChallenge).toHaveBeenCalledWith(challenge, '123456');
    expect(user).toMatchObject({ id: sub, firstName: 'Ada' });
    expect(session.getState()).toMatchObject({ status: 'signedIn' });
    expect(store.value).toBe('refresh-mfa');
  });

  it('stays signed out when the MFA code is refused', async () => {
    const challenge = { challenge: 'SOFTWARE_TOKEN_MFA', email: 'ada@example.com', session: 'cognito-session' } as const;
    const accounts = fakeAccounts({
      answerMfaChallenge: vi.fn(async () => {
        throw cognitoError('CodeMismatchException');
      }),
    });
    const session = new AuthSession(accounts, memoryStore());

    await expect(session.answerMfaChallenge(challenge, '000000')).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(session.getState()).toEqual({ status: 'signedOut' });
  });

  it('refreshes silently a minute before the access token expires', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');
    const first = await session.getAccessToken();

    await vi.advanceTimersByTimeAsync(oneHour - 61_000);
    expect(accounts.refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);

    expect(accounts.refresh).toHaveBeenCalledWith('refresh-1');
    const second = await session.getAccessToken();
    expect(second).not.toBe(first);
  });

  it('refreshes on demand when the timer ran late and the token is about to expire', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');
    vi.setSystemTime(start + oneHour - 10_000); // the clock jumped (a sleeping laptop); no timer fired

    await session.getAccessToken();

    expect(accounts.refresh).toHaveBeenCalledTimes(1);
  });

  it('runs one refresh for callers asking at the same time', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');

    const tokens = await Promise.all([1, 2, 3].map(() => session.getAccessToken({ forceRefresh: true })));

    expect(accounts.refresh).toHaveBeenCalledTimes(1);
    expect(new Set(tokens).size).toBe(1);
  });

  it('ends the session when Cognito refuses the refresh token', async () => {
    const accounts = fakeAccounts({ refresh: vi.fn().mockRejectedValue(cognitoError('NotAuthorizedException')) });
    const store = memoryStore();
    const session = new AuthSession(accounts, store);
    await session.signIn('ada@example.com', 'Secret-123');

    expect(await session.getAccessToken({ forceRefresh: true })).toBeNull();

    expect(session.getState()).toEqual({ status: 'signedOut' });
    expect(store.value).toBeNull();
  });

  it('keeps the session when Cognito cannot be reached, and tries again later', async () => {
    const refresh = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(async () => tokensIssuedAt(Date.now()));
    const session = new AuthSession(fakeAccounts({ refresh }), memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');
    const first = await session.getAccessToken();

    await vi.advanceTimersByTimeAsync(oneHour - 60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getState().status).toBe('signedIn');

    await vi.advanceTimersByTimeAsync(30_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(await session.getAccessToken()).not.toBe(first);
  });

  it('sends the token it has while it is valid and Cognito cannot be reached', async () => {
    const session = new AuthSession(
      fakeAccounts({ refresh: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) }),
      memoryStore(),
    );
    await session.signIn('ada@example.com', 'Secret-123');
    const first = await session.getAccessToken();

    vi.setSystemTime(start + oneHour - 30_000);
    expect(await session.getAccessToken()).toBe(first);

    vi.setSystemTime(start + oneHour);
    expect(await session.getAccessToken()).toBeNull();
  });

  it('restores the session from a stored refresh token', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore('stored-refresh'));

    await session.restore();

    expect(accounts.refresh).toHaveBeenCalledWith('stored-refresh');
    expect(session.getState().status).toBe('signedIn');
  });

  it('stays signed out when there is nothing to restore', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore());

    await session.restore();

    expect(accounts.refresh).not.toHaveBeenCalled();
    expect(await session.getAccessToken()).toBeNull();
  });

  it('forgets a stored refresh token Cognito refuses', async () => {
    const store = memoryStore('revoked');
    const session = new AuthSession(
      fakeAccounts({ refresh: vi.fn().mockRejectedValue(cognitoError('NotAuthorizedException')) }),
      store,
    );

    await session.restore();

    expect(session.getState().status).toBe('signedOut');
    expect(store.value).toBeNull();
  });

  it('signs out by revoking the refresh token', async () => {
    const accounts = fakeAccounts();
    const store = memoryStore();
    const session = new AuthSession(accounts, store);
    await session.signIn('ada@example.com', 'Secret-123');

    await session.signOut();

    expect(accounts.revoke).toHaveBeenCalledWith('refresh-1');
    expect(session.getState().status).toBe('signedOut');
    expect(store.value).toBeNull();
    expect(await session.getAccessToken()).toBeNull();
  });

  it('signs out here even when revoking fails', async () => {
    const session = new AuthSession(
      fakeAccounts({ revoke: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) }),
      memoryStore(),
    );
    await session.signIn('ada@example.com', 'Secret-123');

    await session.signOut();

    expect(session.getState().status).toBe('signedOut');
  });

  it('drops a refresh that answers after signing out', async () => {
    let answer: (result: AuthenticationResult) => void = () => undefined;
    const accounts = fakeAccounts({
      refresh: vi.fn(() => new Promise<AuthenticationResult>((resolve) => (answer = resolve))),
    });
    const session = new AuthSession(accounts, memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');

    const pending = session.getAccessToken({ forceRefresh: true });
    await session.signOut();
    answer(tokensIssuedAt(Date.now()));

    expect(await pending).toBeNull();
    expect(session.getState().status).toBe('signedOut');
  });

  it('stops refreshing after signing out', async () => {
    const accounts = fakeAccounts();
    const session = new AuthSession(accounts, memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');
    await session.signOut();

    await vi.advanceTimersByTimeAsync(2 * oneHour);

    expect(accounts.refresh).not.toHaveBeenCalled();
  });
});

describe('AuthSession ended by the Api', () => {
  it('says the session expired rather than the user signing out', async () => {
    const session = new AuthSession(fakeAccounts(), memoryStore());
    await session.signIn('ada@example.com', 'Secret-123');

    await session.signOut({ expired: true });

    expect(session.getState()).toEqual({ status: 'signedOut', expired: true });
  });
});
