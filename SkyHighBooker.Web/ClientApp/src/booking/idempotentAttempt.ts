import { ApiError } from '../api';

/**
 * Idempotency keys for one kind of write (creating a booking, starting a payment). A retry of the same request
 * whose answer never came, or came as a server failure, reuses the key, so the Api replays what it did instead of
 * doing it twice; a changed request, or one the Api definitely answered, gets a new key.
 */
export class IdempotentAttempt {
  private pending: { request: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** Sends `request` with the attempt's key. */
  async run<T>(request: unknown, send: (key: string) => Promise<T>): Promise<T> {
    const fingerprint = JSON.stringify(request ?? null);
    if (this.pending?.request !== fingerprint) this.pending = { request: fingerprint, key: this.newKey() };
    try {
      const result = await send(this.pending.key);
      this.pending = null;
      return result;
    } catch (error) {
      if (isDefinitiveRefusal(error)) this.pending = null;
      throw error;
    }
  }
}

/** A 4xx answer: the Api decided, and repeating the same key would only replay it. */
function isDefinitiveRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408;
}
