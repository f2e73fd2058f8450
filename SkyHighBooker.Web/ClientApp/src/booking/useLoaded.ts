import { useEffect, useState } from 'react';
import { isAbort } from '../api';

export type Loaded<T> = { status: 'loading' } | { status: 'success'; value: T } | { status: 'error'; error: unknown };

/**
 * Loads a value from the Api whenever `key` changes (a new key asks again); an earlier request still running is
 * aborted. `load` is read through the key, so it need not be stable.
 */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): [Loaded<T>, (value: T) => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    load(abort.signal).then(
      (value) => setState({ status: 'success', value }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [key]);

  return [state, (value: T) => setState({ status: 'success', value })];
}
