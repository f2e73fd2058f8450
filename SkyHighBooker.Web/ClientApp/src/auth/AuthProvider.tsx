import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setApiAuthentication } from '../api';
import type { AccountService } from './accounts';
import { AuthContext, type AuthContextValue } from './AuthContext';
import { AuthSession, refreshTokenKey, type SessionState } from './authSession';
import { loadClientConfig, type ClientConfig, type CognitoSettings } from './config';
import { withReturnTo } from './returnTo';

type Setup =
  | { phase: 'starting' }
  | { phase: 'unavailable'; reason: 'not-configured' | 'config-failed' }
  | { phase: 'ready'; session: AuthSession; accounts: AccountService };

/** The AWS SDK is loaded on demand, in its own bundle, once the configuration says sign-in is there. */
async function loadCognitoAccounts(settings: CognitoSettings): Promise<AccountService> {
  const { createCognitoAccounts } = await import('./cognitoAccounts');
  return createCognitoAccounts(settings);
}

interface AuthProviderProps {
  children: ReactNode;
  loadConfig?: () => Promise<ClientConfig>;
  createAccounts?: (settings: CognitoSettings) => Promise<AccountService>;
}

const signedOut: SessionState = { status: 'signedOut' };
const noSubscription = () => () => undefined;

/**
 * Signs users in against Amazon Cognito itself: reads /config.json, restores a stored session, keeps the
 * tokens fresh, signs the Api's requests, and sends the user to sign in when the Api says the session is over.
 */
export function AuthProvider({
  children,
  loadConfig = loadClientConfig,
  createAccounts = loadCognitoAccounts,
}: AuthProviderProps) {
  const [setup, setSetup] = useState<Setup>({ phase: 'starting' });
  const session = setup.phase === 'ready' ? setup.session : null;
  const state = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getState ?? (() => signedOut));

  // Where the user is, for sending them back after a session the Api ended.
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef({ navigate, path: '/' });
  here.current = { navigate, path: `${location.pathname}${location.search}${location.hash}` };

  useEffect(() => {
    let cancelled = false;
    let created: AuthSession | null = null;
    (async () => {
      let config: ClientConfig;
      try {
        config = await loadConfig();
      } catch {
        if (!cancelled) setSetup({ phase: 'unavailable', reason: 'config-failed' });
        return;
      }
      if (!config.cognito) {
        if (!cancelled) setSetup({ phase: 'unavailable', reason: 'not-configured' });
        return;
      }
      let accounts: AccountService;
      try {
        accounts = await createAccounts(config.cognito);
      } catch {
        if (!cancelled) setSetup({ phase: 'unavailable', reason: 'config-failed' });
        return;
      }
      if (cancelled) return;
      const session = (created = new AuthSession(accounts));
      // Registered before any page renders with the session, so no request of theirs goes out unsigned.
      setApiAuthentication({
        getAccessToken: (options) => session.getAccessToken(options),
        onUnauthorized: () => {
          // Signed out first, so the sign-in page does not take the user for signed in and send them back.
          // A page for signed-in users redirects by itself as well: both go to the same place, replacing this one.
          void session.signOut({ expired: true });
          const { navigate, path } = here.current;
          navigate(withReturnTo('/signin', path), { replace: true });
        },
      });
      await session.restore();
      if (!cancelled) setSetup({ phase: 'ready', session, accounts });
    })();
    return () => {
      cancelled = true;
      if (created) {
        setApiAuthentication(null);
        created.dispose();
      }
    };
  }, [loadConfig, createAccounts]);

  // Another tab signed in or out: follow it.
  useEffect(() => {
    if (!session) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== refreshTokenKey && event.key !== null) return;
      if (event.newValue === null) session.end();
      else void session.restore();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [session]);

  const value = useMemo<AuthContextValue>(() => {
    if (setup.phase !== 'ready') {
      return {
        status: setup.phase,
        unavailableReason: setup.phase === 'unavailable' ? setup.reason : undefined,
        user: null,
        accounts: null,
        signIn: () => Promise.reject(new Error('Sign-in is not available.')),
        answerMfaChallenge: () => Promise.reject(new Error('Sign-in is not available.')),
        signOut: () => Promise.resolve(),
        getAccessToken: () => Promise.resolve(null),
      };
    }
    const { session: ready, accounts } = setup;
    return {
      status: state.status,
      user: state.status === 'signedIn' ? state.user : null,
      sessionEnded: state.status === 'signedOut' && state.expired === true,
      accounts,
      signIn: (email, password) => ready.signIn(email, password),
      answerMfaChallenge: (challenge, code) => ready.answerMfaChallenge(challenge, code),
      signOut: () => ready.signOut(),
      getAccessToken: (options) => ready.getAccessToken(options),
    };
  }, [setup, state]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
