import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../../api';
import { linkRefreshDelay, minimumLinkRefreshMs } from './linkRefresh';

const now = Date.parse('2026-11-25T12:00:00Z');

function document(status: DocumentView['status'], urlExpiresAt: string | null): DocumentView {
  return {
    id: `d-${urlExpiresAt}`,
    kind: 'receipt',
    passengerPosition: null,
    fileName: 'receipt.pdf',
    status,
    url: status === 'ready' ? 'https://files.example/receipt.pdf?sig=x' : null,
    urlExpiresAt,
  };
}

describe('linkRefreshDelay', () => {
  it('asks again 30 s before the first link expires', () => {
    const documents = [document('ready', '2026-11-25T12:05:00Z'), document('ready', '2026-11-25T12:04:00Z')];
    expect(linkRefreshDelay(documents, now)).toBe(4 * 60_000 - 30_000);
  });

  it('does not ask again in a tight loop when a link is (nearly) expired', () => {
    expect(linkRefreshDelay([document('ready', '2026-11-25T11:59:00Z')], now)).toBe(minimumLinkRefreshMs);
  });

  it('has nothing to refresh without ready links', () => {
    expect(linkRefreshDelay([document('pending', null), document('failed', null)], now)).toBeNull();
    expect(linkRefreshDelay([], now)).toBeNull();
  });
});
