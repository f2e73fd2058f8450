import { useEffect, useRef, useState } from 'react';
import { startPayment, type PaymentView } from '../../api';
import { IdempotentAttempt } from '../../booking/idempotentAttempt';

export type StartedPayment =
  | { status: 'starting' }
  | { status: 'ready'; payment: PaymentView }
  | { status: 'error'; error: unknown };

/**
 * Opens the booking's card payment once per visit (a second run of the effect shares the request in flight), and
 * again on `retry`, where a request whose answer never came is repeated with the same idempotency key.
 */
export function useStartedPayment(bookingId: string, enabled: boolean): [StartedPayment, () => void] {
  const [state, setState] = useState<StartedPayment>({ status: 'starting' });
  const [retries, setRetries] = useState(0);
  const attempt = useRef(new IdempotentAttempt());
  const inFlight = useRef<{ key: string; request: Promise<PaymentView> } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const requestKey = `${bookingId}:${retries}`;
    if (inFlight.current?.key !== requestKey) {
      inFlight.current = {
        key: requestKey,
        request: attempt.current.run({ bookingId }, (key) => startPayment(bookingId, key)),
      };
    }
    let current = true;
    setState({ status: 'starting' });
    inFlight.current.request.then(
      (payment) => current && setState({ status: 'ready', payment }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [bookingId, enabled, retries]);

  return [state, () => setRetries((n) => n + 1)];
}
