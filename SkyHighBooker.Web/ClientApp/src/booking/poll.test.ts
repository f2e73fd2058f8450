import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { pollUntil } from './poll';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pollUntil', () => {
  it('asks again with growing waits until the answer is done', async () => {
    const answers = ['pending_payment', 'pending_payment', 'confirmed'];
    const fetchValue = vi.fn(async () => answers.shift()!);

    const polling = pollUntil(fetchValue, (status) => status === 'confirmed', { delays: [100, 200] });
    await vi.advanceTimersByTimeAsync(100);
    expect(fetchValue).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);

    expect(await polling).toEqual({ value: 'confirmed', done: true });
    expect(fetchValue).toHaveBeenCalledTimes(3);
  });

  it('tries again after a failed request', async () => {
    const fetchValue = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(503, null, 'Unavailable'))
      .mockResolvedValueOnce('confirmed');

    const polling = pollUntil(fetchValue, (status) => status === 'confirmed', { delays: [100] });
    await vi.advanceTimersByTimeAsync(100);

    expect(await polling).toEqual({ value: 'confirmed', done: true });
  });

  it('gives up with the last answer when time runs out', async () => {
    const fetchValue = vi.fn(async () => 'pending_payment');

    const polling = pollUntil(fetchValue, (status) => status === 'confirmed', { delays: [100], timeoutMs: 350 });
    await vi.advanceTimersByTimeAsync(1000);

    expect(await polling).toEqual({ value: 'pending_payment', done: false });
    expect(fetchValue).toHaveBeenCalledTimes(4);
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    const polling = pollUntil(async () => 'pending', () => false, { delays: [100], signal: abort.signal });
    const outcome = polling.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    abort.abort();

    expect(await outcome).toBeInstanceOf(DOMException);
  });
});
