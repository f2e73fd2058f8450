import { isMfaChallenge, type AccountService, type MfaChallenge } from './accounts';
import { userFromIdToken, withAttributes, type AuthUser } from './jwt';
import { isExpired, needsRefresh, refreshDelay, toTokenSet, type AuthenticationResult, type TokenSet } from './tokens';

export type SessionState =
  /** `expired`: the Api refused the session, rather than the user signing out. */
  { status: 'signedOut'; expired?: boolean } | { status: 'signedIn'; user: AuthUser };

/** Where the refresh token outlives the page, so a reload or a new tab stays signed in. */
export interface RefreshTokenStore {
  load(): string | null;
  save(refreshToken: string): void;
  clear(): void;
}

export const refreshTokenKey = 'skyHighBooker.auth.refreshToken';

/** The refresh token in localStorage (shared by the site's tabs); access and ID tokens stay in memory. */
export const localRefreshTokenStore: RefreshTokenStore = {
  load: () => attempt(() => localStorage.getItem(refreshTokenKey)) ?? null,
  save: (refreshToken) => attempt(() => localStorage.setItem(refreshTokenKey, refreshToken)),
  clear: () => attempt(() => localStorage.removeItem(refreshTokenKey)),
};

/** How long to wait before trying again when a background refresh could not reach Cognito. */
export const refreshRetryDelay = 30_000;

const signedOut: SessionState = { status: 'signedOut' };

/**
 * The signed-in session: its tokens, who they belong to, and keeping them fresh. The access token is refreshed
 * in the background shortly before it expires, and on demand by `getAccessToken` when a timer ran late (a
 * sleeping laptop). Only one refresh runs at a time. A refresh Cognito refuses ends the session; one that could
 * not reach Cognito keeps the tokens and tries again later.
 */
export class AuthSession {
  private tokens: TokenSet | null = null;
  private state: SessionState = signedOut;
  private refreshing: Promise<TokenSet | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // Bumped by every sign-in and sign-out, so an answer that arrives afterwards is dropped.
  private generation = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly accounts: AccountService,
    private readonly store: RefreshTokenStore = localRefreshTokenStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current state; the same object until it changes (for useSyncExternalStore). */
  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Takes up the session a stored refresh token promises (page load, or another tab signed in). */
  async restore(): Promise<void> {
    const stored = this.store.load();
    if (!stored || this.tokens?.refreshToken === stored) return;
    await this.refreshWith(stored, this.generation);
  }

  /**
   * Signs in with email and password: the user, or the MFA challenge to answer with `answerMfaChallenge` when the
   * account has two-step verification on. Cognito's errors are thrown to the caller.
   */
  async signIn(email: string, password: string): Promise<AuthUser | MfaChallenge> {
    const generation = ++this.generation;
    const result = await this.accounts.signIn(email, password);
    if (isMfaChallenge(result)) return result;
    return this.started(result, generation);
  }

  /** Finishes a sign-in with the code from the user's authenticator app. */
  async answerMfaChallenge(challenge: MfaChallenge, code: string): Promise<AuthUser> {
    const generation = ++this.generation;
    return this.started(await this.accounts.answerMfaChallenge(challenge, code), generation);
  }

  private async started(result: AuthenticationResult, generation: number): Promise<AuthUser> {
    const user = await this.start(toTokenSet(result, this.now()), generation);
    if (!user) throw new Error('Signed out while signing in.');
    return user;
  }

  /**
   * Signs out here and revokes the refresh token at Cognito (which also ends its access tokens). `expired` says
   * the Api refused the session, so the sign-in page can tell the user why they are there.
   */
  async signOut({ expired = false }: { expired?: boolean } = {}): Promise<void> {
    const refreshToken = this.tokens?.refreshToken ?? this.store.load();
    this.end({ expired });
    if (!refreshToken) return;
    try {
      await this.accounts.revoke(refreshToken);
    } catch {
      // Signed out here either way; the token expires on its own.
    }
  }

  /** Ends the session in this tab without telling Cognito (another tab signed out, or the session is over). */
  end({ expired = false }: { expired?: boolean } = {}): void {
    this.generation++;
    this.tokens = null;
    this.refreshing = null;
    clearTimeout(this.timer);
    this.store.clear();
    if (expired) this.setState({ status: 'signedOut', expired: true });
    else if (this.state.status !== 'signedOut') this.setState(signedOut);
  }

  /**
   * The access token to send to the Api, refreshed first when it is about to expire (or when `forceRefresh`
   * asks, after the Api refused it). Null when signed out or when no valid token can be had.
   */
  async getAccessToken({ forceRefresh = false }: { forceRefresh?: boolean } = {}): Promise<string | null> {
    const tokens = this.tokens;
    if (!tokens) return null;
    if (!forceRefresh && !needsRefresh(tokens, this.now())) return tokens.accessToken;

    const refreshed = await this.refresh();
    if (refreshed) return refreshed.accessToken;
    // Cognito could not be reached: the token we have is still good until it expires.
    const current = this.tokens;
    return !forceRefresh && current && !isExpired(current, this.now()) ? current.accessToken : null;
  }

  /** Stops the background refresh; the session object is not used afterwards. */
  dispose(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private refresh(): Promise<TokenSet | null> {
    const tokens = this.tokens;
    if (!tokens) return Promise.resolve(null);
    this.refreshing ??= this.refreshWith(tokens.refreshToken, this.generation).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshWith(refreshToken: string, generation: number): Promise<TokenSet | null> {
    try {
      const result = await this.accounts.refresh(refreshToken);
      const tokens = toTokenSet(result, this.now(), refreshToken);
      return (await this.start(tokens, generation)) ? tokens : null;
    } catch (error) {
      if (generation !== this.generation) return null;
      if (isRefused(error)) {
        this.end();
      } else if (this.tokens) {
        this.schedule(refreshRetryDelay);
      }
      return null;
    }
  }

  /** Takes the new tokens into use; null (and nothing changed) when a sign-in or sign-out came in between. */
  private async start(tokens: TokenSet, generation: number): Promise<AuthUser | null> {
    let user = userFromIdToken(tokens.idToken);
    if (!user) throw new Error('Cognito answered with an ID token the app cannot read.');

    const previous = this.state.status === 'signedIn' ? this.state.user : null;
    if (previous?.id === user.id) {
      user = withAttributes(user, {
        email: previous.email,
        given_name: previous.firstName,
        family_name: previous.lastName,
      });
    } else if (!user.firstName && !user.lastName) {
      // cognito-local's ID tokens carry no names; real Cognito's do when the app client may read them.
      user = withAttributes(user, await this.accounts.getUserAttributes(tokens.accessToken).catch(() => ({})));
    }
    if (generation !== this.generation) return null;

    this.tokens = tokens;
    this.store.save(tokens.refreshToken);
    this.setState(previous && sameUser(previous, user) ? this.state : { status: 'signedIn', user });
    this.schedule(refreshDelay(tokens, this.now()));
    return user;
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private setState(state: SessionState) {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Cognito turned the refresh token down (revoked, expired, user gone): the session is over. */
function isRefused(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'NotAuthorizedException' || name === 'UserNotFoundException';
}

function sameUser(a: AuthUser, b: AuthUser): boolean {
  return (
    a.id === b.id &&
    a.email === b.email &&
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.groups.join('\n') === b.groups.join('\n')
  );
}

function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    // Storage can be unavailable (private modes, quotas): the session then lasts as long as the page.
    return undefined;
  }
}
