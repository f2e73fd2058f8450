/** The pages of the sign-in journey: returning to one of them after signing in makes no sense. */
export const accountFlowPaths = ['/signin', '/signup', '/verify', '/forgot-password'] as const;

const base = 'https://sky-high-booker.invalid';

/**
 * Where to go after signing in: `returnTo` when it is a path on this site, else `fallback`. Only same-origin
 * relative paths pass ("/account?tab=1#x"); absolute and protocol-relative URLs ("https://evil.example",
 * "//evil.example", "/\evil.example"), other schemes and control characters do not, so the parameter
 * cannot send anyone to another site.
 */
export function safeReturnTo(returnTo: string | null | undefined, fallback = '/'): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//')) return fallback;
  // Browsers treat "\" like "/" and drop tabs and newlines, so "/\evil.example" would leave the site.
  if (/[\\\u0000-\u001f\u007f]/.test(returnTo)) return fallback;

  let url: URL;
  try {
    url = new URL(returnTo, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;

  const path = url.pathname.replace(/\/+$/, '') || '/';
  if ((accountFlowPaths as readonly string[]).includes(path.toLowerCase())) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A link to a page of the sign-in journey that carries `returnTo` along, when there is one worth keeping. */
export function withReturnTo(
  path: string,
  returnTo: string | null | undefined,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams(extra);
  const target = safeReturnTo(returnTo, '');
  if (target && target !== '/') params.set('returnTo', target);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
