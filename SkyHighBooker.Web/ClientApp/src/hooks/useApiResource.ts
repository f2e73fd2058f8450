import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api';

export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'success'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Loads `load`'s answer whenever `key` changes (or `reload` is called), abandoning the previous request.
 * `load` is read through `key`: a new but equal function does not load again.
 */
export function useApiResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string) {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);

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
  }, [key, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
}
