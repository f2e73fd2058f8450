import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import type { AccountService } from '../auth/accounts';
import { AuthContext, type AuthContextValue } from '../auth/AuthContext';
import type { AuthUser } from '../auth/jwt';

export const ada: AuthUser = {
  id: '5f0c1c4e-8a51-4d3e-9d5a-1b7e0f6c2a11',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  groups: [],
  isAdmin: false,
};

/** An AccountService whose every call succeeds unless overridden. */
export function fakeAccounts(overrides: Partial<AccountService> = {}) {
  return {
    signUp: vi.fn(async () => ({ confirmed: false, destination: 'a***@e***' })),
    confirmSignUp: vi.fn(async () => undefined),
    resendConfirmationCode: vi.fn(async () => ({ destination: 'a***@e***' })),
    signIn: vi.fn(async () => ({ accessToken: 'a', idToken: 'i', refreshToken: 'r' })),
    refresh: vi.fn(async () => ({ accessToken: 'a', idToken: 'i' })),
    revoke: vi.fn(async () => undefined),
    forgotPassword: vi.fn(async () => ({ destination: 'a***@e***' })),
    confirmForgotPassword: vi.fn(async () => undefined),
    getUserAttributes: vi.fn(async () => ({})),
    answerMfaChallenge: vi.fn(async () => ({ accessToken: 'a', idToken: 'i', refreshToken: 'r' })),
    associateSoftwareToken: vi.fn(async () => ({ secret: 'JBSWY3DPEHPK3PXP' })),
    verifySoftwareToken: vi.fn(async () => undefined),
    setSoftwareTokenMfa: vi.fn(async () => undefined),
    changePassword: vi.fn(async () => undefined),
    deleteUser: vi.fn(async () => undefined),
    ...overrides,
  } satisfies AccountService;
}

/** The auth context of a signed-out visitor (or the given one), with fake Cognito operations. */
export function fakeAuth(overrides: Partial<AuthContextValue> = {}): AuthContextValue {
  return {
    status: 'signedOut',
    user: null,
    accounts: fakeAccounts(),
    signIn: vi.fn(async () => ada),
    answerMfaChallenge: vi.fn(async () => ada),
    signOut: vi.fn(async () => undefined),
    getAccessToken: vi.fn(async () => null),
    ...overrides,
  };
}

/** What a Cognito error looks like when the AWS SDK throws it. */
export function cognitoError(name: string, message: string) {
  return Object.assign(new Error(message), { name, $fault: 'client' });
}

function LocationProbe() {
  const location = useLocation();
  return (
    <>
      <output data-testid="location">{`${location.pathname}${location.search}`}</output>
      <output data-testid="location-state">{JSON.stringify(location.state ?? null)}</output>
    </>
  );
}

/** Renders the element at `url` inside a router and the given auth context; other paths render their path. */
export function renderWithAuth(
  element: ReactNode,
  { url, path, auth }: { url: string; path: string; auth: AuthContextValue },
) {
  return render(
    <AuthContext.Provider value={auth}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </AuthContext.Provider>,
  );
}
