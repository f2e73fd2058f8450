/** The calls the account pages make to Cognito, named after what the user is doing. */
export type AccountOperation =
  | 'signUp'
  | 'confirmSignUp'
  | 'resendCode'
  | 'signIn'
  | 'answerMfa'
  | 'setUpMfa'
  | 'turnOffMfa'
  | 'changePassword'
  | 'deleteAccount'
  | 'forgotPassword'
  | 'confirmForgotPassword';

/** The fields of the account forms that a message can belong to. */
export type AccountField =
  'email' | 'password' | 'currentPassword' | 'newPassword' | 'code' | 'firstName' | 'lastName';

/** A failed Cognito call, as the page shows it. */
export interface AccountFailure {
  /** Cognito's error name, e.g. "CodeMismatchException" (or "NetworkError" when Cognito was not reached). */
  name: string;
  /** The field the message goes next to; none for a message about the whole form. */
  field?: AccountField;
  message: string;
  /** Where the user has to go instead: verify their email, reset their password, or sign in. */
  next?: 'verify' | 'resetPassword' | 'signIn';
}

export const incorrectCredentials = 'Incorrect username or password.';
export const unreachable = 'We could not reach the sign-in service. Check your connection and try again.';
const fallbackMessage = 'Something went wrong. Please try again.';
export const wrongAuthenticatorCode = 'That code is not right. Enter the 6-digit code your authenticator app shows now.';
export const wrongCurrentPassword = 'Your current password is not right.';
export const mfaSignInExpired = 'This sign-in took too long. Enter your password again.';

const mfaOperations = new Set<AccountOperation>(['answerMfa', 'setUpMfa', 'turnOffMfa']);

// cognito-local's wording for a wrong password or unknown user; real Cognito says "Incorrect username or password."
const vagueSignInMessages = new Set(['User not authorized', 'Invalid password', '']);

/**
 * Turns what the AWS SDK threw into a message on the right field. Cognito's own message is shown wherever it
 * says something useful; the few it words vaguely (a wrong password on sign-in) are replaced.
 */
export function describeAccountError(error: unknown, operation: AccountOperation): AccountFailure {
  const name = errorName(error);
  const cognitoMessage = errorMessage(error);
  const message = cognitoMessage || fallbackMessage;
  const passwordField: AccountField = operation === 'confirmForgotPassword' ? 'newPassword' : 'password';

  if (operation === 'changePassword') return describePasswordChange(name, message);
  if (mfaOperations.has(operation)) {
    if (name === 'CodeMismatchException' || name === 'EnableSoftwareTokenMFAException') {
      return { name, field: 'code', message: wrongAuthenticatorCode };
    }
    // An MFA sign-in's Session lasts 3 minutes; after that Cognito refuses it and the password must be given again.
    if (operation === 'answerMfa' && name === 'NotAuthorizedException') return { name, message: mfaSignInExpired, next: 'signIn' };
  }

  switch (name) {
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return { name, field: 'email', message, next: 'signIn' };
    case 'InvalidPasswordException':
    case 'NotAuthorizedException':
      if (operation === 'signIn') {
        return { name, message: vagueSignInMessages.has(cognitoMessage) ? incorrectCredentials : cognitoMessage };
      }
      return name === 'InvalidPasswordException' ? { name, field: passwordField, message } : { name, message };
    case 'UserNotFoundException':
      return operation === 'signIn' ? { name, message: incorrectCredentials } : { name, field: 'email', message };
    case 'UserNotConfirmedException':
      return { name, message: cognitoMessage || 'Your email address is not verified yet.', next: 'verify' };
    case 'PasswordResetRequiredException':
      return { name, message: cognitoMessage || 'You need to choose a new password.', next: 'resetPassword' };
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return { name, field: 'code', message };
    case 'InvalidParameterException':
      return { name, field: fieldNamedIn(cognitoMessage, passwordField), message };
    case 'ResourceNotFoundException':
      return { name, message: 'Sign-in is not set up correctly: Cognito does not know this app.' };
    case 'NetworkError':
      return { name, message: unreachable };
    default:
      return { name, message };
  }
}

/**
 * ChangePassword: Cognito answers a wrong current password with NotAuthorizedException (cognito-local: an
 * InvalidPasswordException "Invalid password"), and a new one against the policy with InvalidPasswordException
 * naming the policy.
 */
function describePasswordChange(name: string, message: string): AccountFailure {
  switch (name) {
    case 'NotAuthorizedException':
      return { name, field: 'currentPassword', message: wrongCurrentPassword };
    case 'InvalidPasswordException':
      return vagueSignInMessages.has(message)
        ? { name, field: 'currentPassword', message: wrongCurrentPassword }
        : { name, field: 'newPassword', message };
    case 'InvalidParameterException':
      return { name, field: 'newPassword', message };
    case 'LimitExceededException':
      return { name, message: 'Too many attempts. Please wait a while and try again.' };
    case 'NetworkError':
      return { name, message: unreachable };
    default:
      return { name, message };
  }
}

/** The field an InvalidParameterException is about, when its message names one. */
function fieldNamedIn(message: string, passwordField: AccountField): AccountField | undefined {
  if (/password/i.test(message)) return passwordField;
  if (/confirmation ?code|\bcode\b/i.test(message)) return 'code';
  if (/given_name/i.test(message)) return 'firstName';
  if (/family_name/i.test(message)) return 'lastName';
  if (/email|username/i.test(message)) return 'email';
  return undefined;
}

function errorName(error: unknown): string {
  // fetch fails with a TypeError when the endpoint cannot be reached (or refuses CORS).
  if (error instanceof TypeError) return 'NetworkError';
  if (typeof error === 'object' && error !== null) {
    const { name } = error as { name?: unknown };
    if (typeof name === 'string' && name !== '') return name;
  }
  return 'Error';
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { message } = error as { message?: unknown };
    if (typeof message === 'string') return message.trim();
  }
  return '';
}
