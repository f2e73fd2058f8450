/** An unsigned JWT with the given claims, as the browser code reads them (it never checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  return [{ alg: 'RS256', typ: 'JWT' }, claims].map(base64Url).join('.') + '.signature';
}

function base64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
