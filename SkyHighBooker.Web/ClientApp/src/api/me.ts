import { getJson, sendJson } from './http';
import type { AccountErasure, UserProfile } from './types';

/** The signed-in user's profile (GET /api/me); needs the access token, which getJson sends when signed in. */
export function getMe(signal?: AbortSignal): Promise<UserProfile> {
  return getJson<UserProfile>('/api/me', undefined, signal);
}

/** Has the Api read the profile from Cognito again (after two-step verification was turned on or off there). */
export function refreshMe(signal?: AbortSignal): Promise<UserProfile> {
  return sendJson<UserProfile>('POST', '/api/me/refresh', undefined, signal);
}

/**
 * Deletes the signed-in user's account (POST /api/me/erasure): future bookings cancelled and refunded, personal data
 * erased, files deleted, then the sign-in itself. Retry with the same key until it succeeds.
 */
export function eraseMyAccount(idempotencyKey: string, signal?: AbortSignal): Promise<AccountErasure> {
  return sendJson<AccountErasure>('POST', '/api/me/erasure', undefined, signal, { 'Idempotency-Key': idempotencyKey });
}
