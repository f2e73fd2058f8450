/**
 * Reading Cognito's JSON Web Tokens in the browser. Nothing here checks a signature: the tokens came straight
 * from Cognito over TLS and are only read for display and timing. The Api validates them (JWKS) on every call.
 */

export type JwtClaims = Record<string, unknown>;

/** The claims (payload) of a JWT; null when the text is not a readable JWT. */
export function readJwtClaims(token: string): JwtClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** A token's `exp` claim as milliseconds since the epoch; null when it has none. */
export function expiresAt(claims: JwtClaims): number | null {
  return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
}

/** A token's `iat` claim as milliseconds since the epoch; null when it has none. */
export function issuedAt(claims: JwtClaims): number | null {
  return typeof claims.iat === 'number' ? claims.iat * 1000 : null;
}

/** The signed-in traveller, as their ID token (and, where it is silent, their Cognito attributes) describe them. */
export interface AuthUser {
  /** Cognito's `sub`: the user's id everywhere (the Api knows them by it). */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  groups: string[];
  isAdmin: boolean;
}

export const adminGroup = 'admin';

/** The user an ID token names; null when it is not an ID token with a subject. */
export function userFromIdToken(idToken: string): AuthUser | null {
  const claims = readJwtClaims(idToken);
  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return null;
  if (claims.token_use !== undefined && claims.token_use !== 'id') return null;

  const groups = readGroups(claims['cognito:groups']);
  return {
    id: claims.sub,
    email: stringClaim(claims.email),
    firstName: stringClaim(claims.given_name),
    lastName: stringClaim(claims.family_name),
    groups,
    isAdmin: groups.some((group) => group.toLowerCase() === adminGroup),
  };
}

/** Fills what the ID token left out (cognito-local puts no names in it) from the user's Cognito attributes. */
export function withAttributes(user: AuthUser, attributes: Record<string, string>): AuthUser {
  return {
    ...user,
    email: user.email || (attributes.email ?? ''),
    firstName: user.firstName || (attributes.given_name ?? ''),
    lastName: user.lastName || (attributes.family_name ?? ''),
  };
}

/** How the header names the user: their first name, else their last name, else their email. */
export function displayName(user: AuthUser): string {
  return user.firstName || user.lastName || user.email;
}

function readGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((group): group is string => typeof group === 'string');
  // Some token customisations send the groups as one space- or comma-separated string.
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function stringClaim(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function decodeBase64Url(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
