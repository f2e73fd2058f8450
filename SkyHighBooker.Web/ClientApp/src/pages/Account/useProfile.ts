import { useEffect, useState } from 'react';
import { getMe, isAbort, type UserProfile } from '../../api';

export type ProfileState =
  { status: 'loading' } | { status: 'success'; profile: UserProfile } | { status: 'error'; error: unknown };

/** The signed-in user's profile from the Api; `runKey` changes to ask again. */
export function useProfile(runKey: number): ProfileState {
  const [state, setState] = useState<ProfileState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    getMe(abort.signal).then(
      (profile) => setState({ status: 'success', profile }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [runKey]);

  return state;
}
