import { describe, expect, it } from 'vitest';
import { fakeJwt } from '../test/jwt';
import { isExpired, needsRefresh, refreshDelay, refreshDueAt, toTokenSet, type TokenSet } from './tokens';

const issued = Date.UTC(2026, 11, 1, 12, 0, 0);
const oneHour = 3_600_000;

function accessToken(lifetimeMs: number) {
  return fakeJwt({ sub: 'abc', token_use: 'access', iat: issued / 1000, exp: (issued + lifetimeMs) / 1000 });
}

function tokens(lifetimeMs: number): TokenSet {
  return toTokenSet({ accessToken: accessToken(lifetimeMs), idToken: 'id', refreshToken: 'refresh' }, issued);
}

describe('toTokenSet', () => {
  it('takes the expiry from the access token', () => {
    const set = tokens(oneHour);

    expect(set.issuedAt).toBe(issued);
    expect(set.expiresAt).toBe(issued + oneHour);
    expect(set.refreshToken).toBe('refresh');
  });

  it('keeps the refresh token it had when a refresh answers without one', () => {
    const set = toTokenSet({ accessToken: accessToken(oneHour), idToken: 'id' }, issued, 'kept');

    expect(set.refreshToken).toBe('kept');
  });

  it('falls back to ExpiresIn when the access token has no exp', () => {
    const set = toTokenSet(
      { accessToken: fakeJwt({ sub: 'abc' }), idToken: 'id', refreshToken: 'r', expiresIn: 300 },
      issued,
    );

    expect(set.expiresAt).toBe(issued + 300_000);
  });

  it('refuses a sign-in answer without a refresh token', () => {
    expect(() => toTokenSet({ accessToken: accessToken(oneHour), idToken: 'id' }, issued)).toThrow();
  });
});

describe('refresh timing', () => {
  it('refreshes an hour-long token a minute before it expires', () => {
    const set = tokens(oneHour);

    expect(refreshDueAt(set)).toBe(issued + oneHour - 60_000);
    expect(refreshDelay(set, issued)).toBe(oneHour - 60_000);
  });

  it('refreshes a short-lived token halfway through its life', () => {
    const set = tokens(60_000);

    expect(refreshDueAt(set)).toBe(issued + 30_000);
  });

  it('does not need a refresh while the token is fresh', () => {
    expect(needsRefresh(tokens(oneHour), issued + 10 * 60_000)).toBe(false);
  });

  it('needs a refresh within the last minute and after expiry', () => {
    const set = tokens(oneHour);

    expect(needsRefresh(set, issued + oneHour - 59_000)).toBe(true);
    expect(needsRefresh(set, issued + oneHour + 1)).toBe(true);
  });

  it('tells an expired token from one about to expire', () => {
    const set = tokens(oneHour);

    expect(isExpired(set, issued + oneHour - 1)).toBe(false);
    expect(isExpired(set, issued + oneHour)).toBe(true);
  });

  it('refreshes at once when the moment has passed', () => {
    expect(refreshDelay(tokens(oneHour), issued + 2 * oneHour)).toBe(0);
  });

  it('never waits longer than a timer can', () => {
    expect(refreshDelay(tokens(60 * 24 * oneHour), issued)).toBe(2_147_483_647);
  });
});
