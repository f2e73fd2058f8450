import { expiresAt, issuedAt, readJwtClaims } from './jwt';

/** What Cognito answers to a successful sign-in or refresh (InitiateAuth's AuthenticationResult). */
export interface AuthenticationResult {
  accessToken: string;
  idToken: string;
  /** Only on sign-in: a refresh answers without one, and the one we have stays valid. */
  refreshToken?: string;
  /** Seconds the access token lives; cognito-local leaves it out on refresh. */
  expiresIn?: number;
}

/** The tokens of a signed-in session, with when the access token stops working. */
export interface TokenSet {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  /** Milliseconds since the epoch. */
  issuedAt: number;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** Refresh this long before the access token expires (or at half its life, if it lives shorter than twice this). */
export const refreshMargin = 60_000;
/** setTimeout waits at most 2^31 - 1 ms; a longer wait fires at once. */
const longestTimer = 2_147_483_647;

/**
 * The session's tokens after a sign-in or refresh. The access token's own `exp` decides when it expires, as
 * Cognito's `ExpiresIn` is missing on some answers; a refresh without a new refresh token keeps the old one.
 */
export function toTokenSet(result: AuthenticationResult, now: number, previousRefreshToken?: string): TokenSet {
  const refreshToken = result.refreshToken ?? previousRefreshToken;
  if (!refreshToken) throw new Error('Cognito answered without a refresh token.');

  const claims = readJwtClaims(result.accessToken) ?? {};
  const issued = issuedAt(claims) ?? now;
  const expires = expiresAt(claims) ?? (result.expiresIn !== undefined ? now + result.expiresIn * 1000 : now);
  return {
    accessToken: result.accessToken,
    idToken: result.idToken,
    refreshToken,
    issuedAt: issued,
    expiresAt: expires,
  };
}

/** When to refresh: a minute before expiry, or halfway through the life of a short-lived token. */
export function refreshDueAt(tokens: TokenSet): number {
  const lifetime = Math.max(0, tokens.expiresAt - tokens.issuedAt);
  return tokens.expiresAt - Math.min(refreshMargin, lifetime / 2);
}

/** True when the access token is expired or about to be: get a new one before using it. */
export function needsRefresh(tokens: TokenSet, now: number): boolean {
  return now >= refreshDueAt(tokens);
}

/** True when the access token can no longer be sent at all. */
export function isExpired(tokens: TokenSet, now: number): boolean {
  return now >= tokens.expiresAt;
}

/** How long to wait before refreshing in the background. */
export function refreshDelay(tokens: TokenSet, now: number): number {
  return Math.min(Math.max(0, refreshDueAt(tokens) - now), longestTimer);
}
