import { describe, expect, it } from 'vitest';
import {
  describeAccountError,
  mfaSignInExpired,
  wrongAuthenticatorCode,
  wrongCurrentPassword,
  type AccountOperation,
} from './accountErrors';

/** What the AWS SDK throws for a Cognito error answer: an Error whose name is Cognito's error type. */
function cognitoError(name: string, message: string) {
  return Object.assign(new Error(message), { name, $fault: 'client' });
}

describe('describeAccountError', () => {
  it('puts an existing account on the email field', () => {
    const failure = describeAccountError(
      cognitoError('UsernameExistsException', 'An account with the given email already exists.'),
      'signUp',
    );

    expect(failure).toEqual({
      name: 'UsernameExistsException',
      field: 'email',
      message: 'An account with the given email already exists.',
      next: 'signIn',
    });
  });

  it('puts a wrong code on the code field', () => {
    const failure = describeAccountError(
      cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
      'confirmSignUp',
    );

    expect(failure.field).toBe('code');
    expect(failure.message).toBe('Invalid verification code provided, please try again.');
  });

  it('puts an expired code on the code field', () => {
    expect(
      describeAccountError(cognitoError('ExpiredCodeException', 'Invalid code provided.'), 'confirmForgotPassword')
        .field,
    ).toBe('code');
  });

  it('shows Cognito’s password policy message on the password field when signing up', () => {
    const failure = describeAccountError(
      cognitoError(
        'InvalidPasswordException',
        'Password did not conform with policy: Password must have uppercase characters',
      ),
      'signUp',
    );

    expect(failure).toMatchObject({
      field: 'password',
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
  });

  it('puts the policy message on the new password when resetting it', () => {
    expect(
      describeAccountError(cognitoError('InvalidPasswordException', 'Too short'), 'confirmForgotPassword').field,
    ).toBe('newPassword');
  });

  it('keeps Cognito’s message for wrong credentials on sign-in', () => {
    const failure = describeAccountError(
      cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
      'signIn',
    );

    expect(failure).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it.each([
    ['NotAuthorizedException', 'User not authorized'],
    ['InvalidPasswordException', 'Invalid password'],
    ['UserNotFoundException', 'User does not exist.'],
  ])('words cognito-local’s %s on sign-in as real Cognito does', (name, message) => {
    const failure = describeAccountError(cognitoError(name, message), 'signIn');

    expect(failure.message).toBe('Incorrect username or password.');
    expect(failure.field).toBeUndefined();
  });

  it('keeps a specific sign-in refusal such as a disabled user', () => {
    expect(describeAccountError(cognitoError('NotAuthorizedException', 'User is disabled.'), 'signIn').message).toBe(
      'User is disabled.',
    );
  });

  it('sends an unconfirmed user to verify their email', () => {
    const failure = describeAccountError(cognitoError('UserNotConfirmedException', 'User is not confirmed.'), 'signIn');

    expect(failure).toMatchObject({ next: 'verify', message: 'User is not confirmed.' });
  });

  it('sends a user whose password must be reset to the reset page', () => {
    expect(
      describeAccountError(cognitoError('PasswordResetRequiredException', 'Password reset required'), 'signIn').next,
    ).toBe('resetPassword');
  });

  it('puts an unknown user on the email field outside sign-in', () => {
    expect(
      describeAccountError(cognitoError('UserNotFoundException', 'User not found.'), 'forgotPassword'),
    ).toMatchObject({
      field: 'email',
      message: 'User not found.',
    });
  });

  it.each<[string, AccountOperation, string | undefined]>([
    ['Username should be an email.', 'signUp', 'email'],
    ["1 validation error detected: Value at 'password' failed to satisfy constraint", 'signUp', 'password'],
    ["Value at 'password' failed", 'confirmForgotPassword', 'newPassword'],
    ['Invalid confirmation code', 'confirmSignUp', 'code'],
    ['Attributes did not conform to the schema: given_name: The attribute is required', 'signUp', 'firstName'],
    ['Something else entirely', 'signUp', undefined],
  ])('finds the field an InvalidParameterException names (%s)', (message, operation, field) => {
    expect(describeAccountError(cognitoError('InvalidParameterException', message), operation).field).toBe(field);
  });

  it('says when Cognito cannot be reached', () => {
    const failure = describeAccountError(new TypeError('Failed to fetch'), 'signIn');

    expect(failure.name).toBe('NetworkError');
    expect(failure.message).toMatch(/could not reach/);
  });

  it('shows the message of errors it does not know', () => {
    expect(
      describeAccountError(
        cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
        'forgotPassword',
      ),
    ).toEqual({
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded, please try after some time.',
    });
  });

  it('has something to say about anything thrown', () => {
    expect(describeAccountError('boom', 'signUp')).toEqual({
      name: 'Error',
      message: 'Something went wrong. Please try again.',
    });
  });

  it('words a wrong authenticator code clearly, on the code field', () => {
    for (const operation of ['answerMfa', 'setUpMfa', 'turnOffMfa'] as const) {
      const failure = describeAccountError(cognitoError('CodeMismatchException', 'Incorrect confirmation code'), operation);

      expect(failure).toEqual({ name: 'CodeMismatchException', field: 'code', message: wrongAuthenticatorCode });
    }
  });

  it('sends a user whose MFA sign-in lapsed back to the password', () => {
    const failure = describeAccountError(
      cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
      'answerMfa',
    );

    expect(failure).toEqual({ name: 'NotAuthorizedException', message: mfaSignInExpired, next: 'signIn' });
  });

  it('puts a wrong current password on its field, as Cognito and cognito-local word it', () => {
    const real = describeAccountError(
      cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
      'changePassword',
    );
    const local = describeAccountError(cognitoError('InvalidPasswordException', 'Invalid password'), 'changePassword');

    expect(real).toEqual({ name: 'NotAuthorizedException', field: 'currentPassword', message: wrongCurrentPassword });
    expect(local).toEqual({ name: 'InvalidPasswordException', field: 'currentPassword', message: wrongCurrentPassword });
  });

  it('puts a new password against the policy on the new password field', () => {
    const message = 'Password did not conform with policy: Password must have symbol characters';
    const failure = describeAccountError(cognitoError('InvalidPasswordException', message), 'changePassword');

    expect(failure).toEqual({ name: 'InvalidPasswordException', field: 'newPassword', message });
  });
});
