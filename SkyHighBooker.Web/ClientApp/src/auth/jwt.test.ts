import { describe, expect, it } from 'vitest';
import { fakeJwt } from '../test/jwt';
import { displayName, expiresAt, readJwtClaims, userFromIdToken, withAttributes } from './jwt';

const idClaims = {
  sub: '5f0c1c4e-8a51-4d3e-9d5a-1b7e0f6c2a11',
  token_use: 'id',
  email: 'ada@example.com',
  given_name: 'Ada',
  family_name: 'Lovelace',
  exp: 1_900_000_000,
  iat: 1_899_996_400,
};

describe('readJwtClaims', () => {
  it('reads the payload of a JWT', () => {
    expect(readJwtClaims(fakeJwt(idClaims))).toEqual(idClaims);
  });

  it('reads non-ASCII text as UTF-8', () => {
    const claims = readJwtClaims(fakeJwt({ sub: 'x', given_name: 'Zoë', family_name: 'Ødegård-Núñez' }));

    expect(claims?.given_name).toBe('Zoë');
    expect(claims?.family_name).toBe('Ødegård-Núñez');
  });

  it.each(['', 'not-a-jwt', 'a.!!!.c', `x.${btoa('[1,2]')}.y`, `x.${btoa('"text"')}.y`])(
    'gives null for %j',
    (token) => {
      expect(readJwtClaims(token)).toBeNull();
    },
  );

  it('turns the exp claim into milliseconds', () => {
    expect(expiresAt(idClaims)).toBe(1_900_000_000_000);
    expect(expiresAt({})).toBeNull();
  });
});

describe('userFromIdToken', () => {
  it('takes the id, email and names from the claims', () => {
    expect(userFromIdToken(fakeJwt(idClaims))).toEqual({
      id: idClaims.sub,
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      groups: [],
      isAdmin: false,
    });
  });

  it('makes members of the admin group admins', () => {
    const user = userFromIdToken(fakeJwt({ ...idClaims, 'cognito:groups': ['travellers', 'admin'] }));

    expect(user?.groups).toEqual(['travellers', 'admin']);
    expect(user?.isAdmin).toBe(true);
  });

  it('reads groups sent as one string', () => {
    expect(userFromIdToken(fakeJwt({ ...idClaims, 'cognito:groups': 'admin travellers' }))?.isAdmin).toBe(true);
  });

  it('does not take an access token for an ID token', () => {
    expect(userFromIdToken(fakeJwt({ ...idClaims, token_use: 'access' }))).toBeNull();
  });

  it('needs a subject', () => {
    expect(userFromIdToken(fakeJwt({ email: 'ada@example.com' }))).toBeNull();
  });

  it('leaves names empty when the token has none (cognito-local)', () => {
    const user = userFromIdToken(fakeJwt({ sub: 'abc', token_use: 'id', email: 'ada@example.com' }))!;

    expect(user.firstName).toBe('');
    expect(displayName(user)).toBe('ada@example.com');
    expect(displayName(withAttributes(user, { given_name: 'Ada', family_name: 'Lovelace' }))).toBe('Ada');
  });
});
