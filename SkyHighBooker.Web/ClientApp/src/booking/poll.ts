import { isAbort } from '../api';

export interface PollOptions<T> {
  /** Waits between tries, in milliseconds; the last one repeats until `timeoutMs` is used up. */
  delays?: readonly number[];
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Each answer as it comes, e.g. to show documents as they become ready. */
  onValue?: (value: T) => void;
}

export const backoffDelays = [500, 1000, 2000, 3000, 5000] as const;

/**
 * Asks again with growing waits until `isDone` accepts the answer or the time is up; returns the last answer
 * and whether it was accepted. A failed request is tried again like an unfinished answer; an abort ends the poll.
 */
export async function pollUntil<T>(
  fetchValue: (signal?: AbortSignal) => Promise<T>,
  isDone: (value: T) => boolean,
  { delays = backoffDelays, timeoutMs = 30_000, signal, onValue }: PollOptions<T> = {},
): Promise<{ value: T | undefined; done: boolean }> {
  const started = Date.now();
  let last: T | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      last = await fetchValue(signal);
      onValue?.(last);
      if (isDone(last)) return { value: last, done: true };
    } catch (error) {
      if (isAbort(error)) throw error;
    }
    const wait = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
    if (Date.now() - started + wait > timeoutMs) return { value: last, done: false };
    await sleep(wait, signal);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}
