import {
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  DeleteUserCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  type AuthenticationResultType,
  type InitiateAuthCommandOutput,
  type RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { UnsupportedChallengeError, type AccountService, type MfaChallenge } from './accounts';
import type { CognitoSettings } from './config';
import type { AuthenticationResult } from './tokens';

/**
 * The account operations against Cognito's own API, from the browser. Every operation used here is one Cognito
 * accepts unsigned (the SDK's "noAuth" scheme), so the client has no AWS credentials at all; cognito-local
 * answers them the same way. This module is loaded on demand: the SDK stays out of the first page load.
 */
export function createCognitoAccounts(settings: CognitoSettings): AccountService {
  const client = new CognitoIdentityProviderClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    maxAttempts: 2,
  });
  const ClientId = settings.clientId;

  return {
    async signUp({ email, password, firstName, lastName }) {
      const output = await client.send(
        new SignUpCommand({
          ClientId,
          Username: email,
          Password: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'given_name', Value: firstName },
            { Name: 'family_name', Value: lastName },
          ],
        }),
      );
      return { confirmed: output.UserConfirmed === true, destination: output.CodeDeliveryDetails?.Destination };
    },

    async confirmSignUp(email, code) {
      await client.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: code }));
    },

    async resendConfirmationCode(email) {
      const output = await client.send(new ResendConfirmationCodeCommand({ ClientId, Username: email }));
      return { destination: output.CodeDeliveryDetails?.Destination };
    },

    async signIn(email, password) {
      const output = await client.send(
        new InitiateAuthCommand({
          ClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      );
      if (output.ChallengeName === 'SOFTWARE_TOKEN_MFA' && output.Session) {
        return { challenge: 'SOFTWARE_TOKEN_MFA', email, session: output.Session } satisfies MfaChallenge;
      }
      return authenticationResult(output);
    },

    async answerMfaChallenge(challenge, code) {
      const output = await client.send(
        new RespondToAuthChallengeCommand({
          ClientId,
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session: challenge.session,
          ChallengeResponses: { USERNAME: challenge.email, SOFTWARE_TOKEN_MFA_CODE: code },
        }),
      );
      return authenticationResult(output);
    },

    async refresh(refreshToken) {
      const output = await client.send(
        new InitiateAuthCommand({
          ClientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        }),
      );
      return authenticationResult(output);
    },

    async revoke(refreshToken) {
      await client.send(new RevokeTokenCommand({ ClientId, Token: refreshToken }));
    },

    async forgotPassword(email) {
      const output = await client.send(new ForgotPasswordCommand({ ClientId, Username: email }));
      return { destination: output.CodeDeliveryDetails?.Destination };
    },

    async confirmForgotPassword(email, code, newPassword) {
      await client.send(
        new ConfirmForgotPasswordCommand({ ClientId, Username: email, ConfirmationCode: code, Password: newPassword }),
      );
    },

    async getUserAttributes(accessToken) {
      const output = await client.send(new GetUserCommand({ AccessToken: accessToken }));
      return Object.fromEntries(
        (output.UserAttributes ?? []).flatMap(({ Name, Value }) =>
          Name && Value !== undefined ? [[Name, Value]] : [],
        ),
      );
    },

    async associateSoftwareToken(accessToken) {
      const output = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
      if (!output.SecretCode) throw new Error('Cognito answered without a secret for the authenticator app.');
      return { secret: output.SecretCode };
    },

    async verifySoftwareToken(accessToken, code) {
      const output = await client.send(
        new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: 'Authenticator app' }),
      );
      if (output.Status !== 'SUCCESS') throw Object.assign(new Error('The code was not accepted.'), { name: 'CodeMismatchException' });
    },

    async setSoftwareTokenMfa(accessToken, enabled) {
      await client.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          SoftwareTokenMfaSettings: { Enabled: enabled, PreferredMfa: enabled },
        }),
      );
    },

    async changePassword(accessToken, currentPassword, newPassword) {
      await client.send(
        new ChangePasswordCommand({ AccessToken: accessToken, PreviousPassword: currentPassword, ProposedPassword: newPassword }),
      );
    },

    async deleteUser(accessToken) {
      await client.send(new DeleteUserCommand({ AccessToken: accessToken }));
    },
  };
}

function authenticationResult(
  output: InitiateAuthCommandOutput | RespondToAuthChallengeCommandOutput,
): AuthenticationResult {
  const result: AuthenticationResultType | undefined = output.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken) {
    throw new UnsupportedChallengeError(output.ChallengeName ?? 'unknown');
  }
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn,
  };
}
