import { useCallback } from 'react';
import { useAuth } from '../../auth/AuthContext';
import type { AccountService } from '../../auth/accounts';

/**
 * Runs a Cognito operation that takes the user's own access token (MFA, password, deleting the account), with a
 * fresh token. Throws when there is no session any more.
 */
export function useSignedInAccount() {
  const { accounts, getAccessToken } = useAuth();
  return useCallback(
    async <T>(operation: (accounts: AccountService, accessToken: string) => Promise<T>): Promise<T> => {
      const accessToken = await getAccessToken();
      if (!accounts || !accessToken) {
        throw Object.assign(new Error('Your session has ended. Please sign in again.'), { name: 'NotSignedIn' });
      }
      return operation(accounts, accessToken);
    },
    [accounts, getAccessToken],
  );
}
