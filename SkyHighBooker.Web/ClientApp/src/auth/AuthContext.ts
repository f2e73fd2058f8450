import { createContext, useContext } from 'react';
import type { AccountService, MfaChallenge } from './accounts';
import type { AuthUser } from './jwt';

export type AuthStatus = 'starting' | 'unavailable' | 'signedOut' | 'signedIn';

export interface AuthContextValue {
  /** starting: reading the configuration and any stored session; unavailable: sign-in is not configured or not reachable. */
  status: AuthStatus;
  /** Why sign-in is unavailable. */
  unavailableReason?: 'not-configured' | 'config-failed';
  user: AuthUser | null;
  /** Signed out because the Api refused the session (not by the user): the sign-in page says so. */
  sessionEnded?: boolean;
  /** The Cognito operations the account pages call; null until sign-in is available. */
  accounts: AccountService | null;
  /** The signed-in user, or the MFA challenge to answer when the account has two-step verification on. */
  signIn(email: string, password: string): Promise<AuthUser | MfaChallenge>;
  answerMfaChallenge(challenge: MfaChallenge, code: string): Promise<AuthUser>;
  signOut(): Promise<void>;
  /** The access token for the Api, refreshed when about to expire; null when signed out. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string | null>;
}

const notConfigured = () => Promise.reject(new Error('Sign-in is not configured.'));

/** Outside an AuthProvider (tests of unrelated pages) sign-in is simply not there. */
export const AuthContext = createContext<AuthContextValue>({
  status: 'unavailable',
  unavailableReason: 'not-configured',
  user: null,
  accounts: null,
  signIn: notConfigured,
  answerMfaChallenge: notConfigured,
  signOut: () => Promise.resolve(),
  getAccessToken: () => Promise.resolve(null),
});

export function useAuth(): AuthContextValue {
  return useContext(AuthContext);
}
