import { describe, expect, it } from 'vitest';
import { safeReturnTo, withReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it.each(['/account', '/account?tab=trips', '/?from=JFK&to=LAX#results', '/'])('keeps the path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['an absolute URL', 'https://evil.example/account'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a backslash', '/\\evil.example'],
    ['a backslash path', '\\\\evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without a slash', 'account'],
    ['a path with a tab', '/\t/evil.example'],
    ['a path with a newline', '/\n/evil.example'],
    ['a data: URL', 'data:text/html,hi'],
  ])('falls back when it is %s', (_, returnTo) => {
    expect(safeReturnTo(returnTo, '/home')).toBe('/home');
  });

  it('normalises dot segments and stays on the site', () => {
    expect(safeReturnTo('/a/../account')).toBe('/account');
    expect(safeReturnTo('/../../evil.example')).toBe('/evil.example');
  });

  it.each(['/signin', '/signin?returnTo=/account', '/SignUp', '/verify/', '/forgot-password'])(
    'does not return to the sign-in journey (%s)',
    (path) => {
      expect(safeReturnTo(path)).toBe('/');
    },
  );
});

describe('withReturnTo', () => {
  it('carries a safe returnTo along', () => {
    expect(withReturnTo('/signup', '/account')).toBe('/signup?returnTo=%2Faccount');
  });

  it('leaves out an unsafe or pointless one', () => {
    expect(withReturnTo('/signup', 'https://evil.example')).toBe('/signup');
    expect(withReturnTo('/signup', '/')).toBe('/signup');
  });

  it('adds other parameters first', () => {
    expect(withReturnTo('/verify', '/account', { email: 'ada@example.com' })).toBe(
      '/verify?email=ada%40example.com&returnTo=%2Faccount',
    );
  });
});
