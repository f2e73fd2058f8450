import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { IdempotentAttempt } from './idempotentAttempt';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('IdempotentAttempt', () => {
  it('reuses the key when the same request is retried after no answer', async () => {
    const attempt = new IdempotentAttempt(keys());
    const send = vi
      .fn<(key: string) => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(0, null, 'The server could not be reached.'))
      .mockResolvedValueOnce('booked');

    await attempt.run({ seat: '12A' }, send).catch(() => undefined);
    await attempt.run({ seat: '12A' }, send);

    expect(send.mock.calls.map(([key]) => key)).toEqual(['key-1', 'key-1']);
  });

  it('reuses the key after a server failure', async () => {
    const attempt = new IdempotentAttempt(keys());
    const send = vi.fn(async (_key: string) => {
      throw new ApiError(503, null, 'Unavailable');
    });

    await attempt.run({ seat: '12A' }, send).catch(() => undefined);
    await attempt.run({ seat: '12A' }, send).catch(() => undefined);

    expect(send.mock.calls.map(([key]) => key)).toEqual(['key-1', 'key-1']);
  });

  it('takes a new key when the request changes', async () => {
    const attempt = new IdempotentAttempt(keys());
    const send = vi.fn(async (_key: string) => {
      throw new ApiError(0, null, 'unreachable');
    });

    await attempt.run({ seat: '12A' }, send).catch(() => undefined);
    await attempt.run({ seat: '14C' }, send).catch(() => undefined);

    expect(send.mock.calls.map(([key]) => key)).toEqual(['key-1', 'key-2']);
  });

  it('takes a new key after the Api refused the request', async () => {
    const attempt = new IdempotentAttempt(keys());
    const send = vi.fn(async (_key: string) => {
      throw new ApiError(409, { errors: {} }, 'Conflict');
    });

    await attempt.run({ seat: '12A' }, send).catch(() => undefined);
    await attempt.run({ seat: '12A' }, send).catch(() => undefined);

    expect(send.mock.calls.map(([key]) => key)).toEqual(['key-1', 'key-2']);
  });

  it('takes a new key for the next request after a success', async () => {
    const attempt = new IdempotentAttempt(keys());
    const send = vi.fn(async (key: string) => key);

    expect(await attempt.run({ seat: '12A' }, send)).toBe('key-1');
    expect(await attempt.run({ seat: '12A' }, send)).toBe('key-2');
  });
});
