import {
  CognitoIdentityProviderClient,
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
} from '@aws-sdk/client-cognito-identity-provider';
import { UnsupportedChallengeError, type AccountService } from './accounts';
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
  };
}

function authenticationResult(output: InitiateAuthCommandOutput): AuthenticationResult {
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
