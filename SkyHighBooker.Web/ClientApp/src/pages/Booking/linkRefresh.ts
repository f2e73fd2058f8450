import type { DocumentView } from '../../api';

/** Ask for fresh links this long before the first one expires, so a click never meets an expired URL. */
export const linkRefreshMarginMs = 30_000;
/** Never ask more often than this, whatever the server's expiry says. */
export const minimumLinkRefreshMs = 5_000;

/**
 * Milliseconds until the download links should be fetched again (pre-signed URLs expire after a few minutes), or null
 * when no document has a link that expires.
 */
export function linkRefreshDelay(documents: readonly DocumentView[], now: number): number | null {
  const expiries = documents
    .filter((d) => d.status === 'ready' && d.url && d.urlExpiresAt)
    .map((d) => Date.parse(d.urlExpiresAt as string))
    .filter((t) => !Number.isNaN(t));
  if (expiries.length === 0) return null;
  return Math.max(Math.min(...expiries) - now - linkRefreshMarginMs, minimumLinkRefreshMs);
}
