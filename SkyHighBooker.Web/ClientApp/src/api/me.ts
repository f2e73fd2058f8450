import { getJson } from './http';
import type { UserProfile } from './types';

/** The signed-in user's profile (GET /api/me); needs the access token, which getJson sends when signed in. */
export function getMe(signal?: AbortSignal): Promise<UserProfile> {
  return getJson<UserProfile>('/api/me', undefined, signal);
}
