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

/**
 * The Cognito user-pool operations the app uses, all public (unauthenticated) ones. Email is the username.
 * Errors are thrown as the AWS SDK throws them; `describeAccountError` words them for the page.
 */
export interface AccountService {
  signUp(details: SignUpDetails): Promise<SignUpOutcome>;
  confirmSignUp(email: string, code: string): Promise<void>;
  resendConfirmationCode(email: string): Promise<CodeDelivery>;
  signIn(email: string, password: string): Promise<AuthenticationResult>;
  refresh(refreshToken: string): Promise<AuthenticationResult>;
  /** Ends the refresh token (and the tokens issued with it). */
  revoke(refreshToken: string): Promise<void>;
  forgotPassword(email: string): Promise<CodeDelivery>;
  confirmForgotPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** The signed-in user's attributes (GetUser), by name. */
  getUserAttributes(accessToken: string): Promise<Record<string, string>>;
}

/** Sign-in needs a step this app does not offer yet (MFA, a forced new password). */
export class UnsupportedChallengeError extends Error {
  readonly challenge: string;

  constructor(challenge: string) {
    super(`This account needs a sign-in step the site does not support yet (${challenge}).`);
    this.name = 'UnsupportedChallengeError';
    this.challenge = challenge;
  }
}
