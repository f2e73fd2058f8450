import type { AuthenticationResult } from './tokens';

export interface SignUpDetails {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface SignUpOutcome {
  /** True when the pool confirmed the user at once (no code to enter). */
  confirmed: boolean;
  /** Where the code went, masked by Cognito ("a***@e***"). */
  destination?: string;
}

export interface CodeDelivery {
  destination?: string;
}

/** Cognito wants a code from the user's authenticator app before it hands out tokens (SOFTWARE_TOKEN_MFA). */
export interface MfaChallenge {
  challenge: 'SOFTWARE_TOKEN_MFA';
  email: string;
  /** Cognito's Session, answered with the code by RespondToAuthChallenge. */
  session: string;
}

export function isMfaChallenge(value: unknown): value is MfaChallenge {
  return typeof value === 'object' && value !== null && (value as { challenge?: unknown }).challenge === 'SOFTWARE_TOKEN_MFA';
}

/**
 * The Cognito user-pool operations the app uses, all public (unauthenticated) ones or ones that take the user's own
 * access token. Email is the username.
 * Errors are thrown as the AWS SDK throws them; `describeAccountError` words them for the page.
 */
export interface AccountService {
  signUp(details: SignUpDetails): Promise<SignUpOutcome>;
  confirmSignUp(email: string, code: string): Promise<void>;
  resendConfirmationCode(email: string): Promise<CodeDelivery>;
  /** Tokens, or the MFA challenge to answer with `answerMfaChallenge`. */
  signIn(email: string, password: string): Promise<AuthenticationResult | MfaChallenge>;
  answerMfaChallenge(challenge: MfaChallenge, code: string): Promise<AuthenticationResult>;
  refresh(refreshToken: string): Promise<AuthenticationResult>;
  /** Ends the refresh token (and the tokens issued with it). */
  revoke(refreshToken: string): Promise<void>;
  forgotPassword(email: string): Promise<CodeDelivery>;
  confirmForgotPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** The signed-in user's attributes (GetUser), by name. */
  getUserAttributes(accessToken: string): Promise<Record<string, string>>;
  /** A new TOTP secret for the user's authenticator app (AssociateSoftwareToken); MFA stays off until verified. */
  associateSoftwareToken(accessToken: string): Promise<{ secret: string }>;
  /** Checks a code from the authenticator app against the associated secret (VerifySoftwareToken). */
  verifySoftwareToken(accessToken: string, code: string): Promise<void>;
  /** Turns TOTP MFA on (as the preferred method) or off (SetUserMFAPreference). */
  setSoftwareTokenMfa(accessToken: string, enabled: boolean): Promise<void>;
  changePassword(accessToken: string, currentPassword: string, newPassword: string): Promise<void>;
  /** Deletes the user from the pool (DeleteUser); their tokens stop working. */
  deleteUser(accessToken: string): Promise<void>;
}

/** Sign-in needs a step this app does not offer yet (SMS MFA, a forced new password). */
export class UnsupportedChallengeError extends Error {
  readonly challenge: string;

  constructor(challenge: string) {
    super(`This account needs a sign-in step the site does not support yet (${challenge}).`);
    this.name = 'UnsupportedChallengeError';
    this.challenge = challenge;
  }
}
