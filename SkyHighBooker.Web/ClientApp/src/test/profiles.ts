import type { UserProfile } from '../api';
import { ada } from './auth';

/** Ada's profile as GET /api/me answers it: verified, a traveller, MFA off, no picture. */
export const adaProfile: UserProfile = {
  id: ada.id,
  email: 'ada@example.com',
  emailVerified: true,
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'user',
  createdAt: '2026-11-20T09:15:00Z',
  lastLoginAt: null,
  mfaEnabled: false,
  profilePictureUrl: null,
};
