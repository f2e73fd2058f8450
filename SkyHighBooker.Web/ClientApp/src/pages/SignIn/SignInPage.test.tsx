import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mfaSignInExpired, wrongAuthenticatorCode } from '../../auth/accountErrors';
import { ada, cognitoError, fakeAuth, renderWithAuth } from '../../test/auth';
import { SignInPage } from './SignInPage';

const location = () => screen.getByTestId('location').textContent;

describe('SignInPage', () => {
  it('signs in with the email and password given', async () => {
    const auth = fakeAuth();
    const user = userEvent.setup();
    renderWithAuth(<SignInPage />, { url: '/signin?email=ada%40example.com', path: '/signin', auth });

    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe('ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret-123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(auth.signIn).toHaveBeenCalledWith('ada@example.com', 'Secret-123');
  });

  it('shows wrong credentials above the form', async () => {
    const auth = fakeAuth({
      signIn: vi.fn().mockRejectedValue(cognitoError('NotAuthorizedException', 'Incorrect username or password.')),
    });
    const user = userEvent.setup();
    renderWithAuth(<SignInPage />, { url: '/signin', path: '/signin', auth });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByTestId('signin-form-error');
    expect(alert.textContent).toBe('Incorrect username or password.');
    expect(document.activeElement).toBe(alert);
  });

  it('asks for the fields left blank without calling Cognito', async () => {
    const auth = fakeAuth();
    const user = userEvent.setup();
    renderWithAuth(<SignInPage />, { url: '/signin', path: '/signin', auth });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByTestId('signin-email-error').textContent).toBe('Enter your email address.');
    expect(screen.getByTestId('signin-password-error').textContent).toBe('Enter your password.');
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it('sends an unconfirmed user to verify their email, keeping where they were going', async () => {
    const auth = fakeAuth({
      signIn: vi.fn().mockRejectedValue(cognitoError('UserNotConfirmedException', 'User is not confirmed.')),
    });
    const user = userEvent.setup();
    renderWithAuth(<SignInPage />, { url: '/signin?returnTo=%2Faccount', path: '/signin', auth });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret-123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(location()).toBe('/verify?email=ada%40example.com&returnTo=%2Faccount'));
  });

  it('returns a signed-in user to returnTo', () => {
    renderWithAuth(<SignInPage />, {
      url: '/signin?returnTo=%2Faccount',
      path: '/signin',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect(location()).toBe('/account');
  });

  it('does not follow a returnTo to another site', () => {
    renderWithAuth(<SignInPage />, {
      url: `/signin?returnTo=${encodeURIComponent('//evil.example/phish')}`,
      path: '/signin',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect(location()).toBe('/');
  });

  it('says why the user is here when the Api ended their session', () => {
    renderWithAuth(<SignInPage />, { url: '/signin', path: '/signin', auth: fakeAuth({ sessionEnded: true }) });

    expect(screen.getByTestId('account-notice').textContent).toBe('Your session has ended. Please sign in again.');
  });

  it('says when sign-in is not configured', () => {
    renderWithAuth(<SignInPage />, {
      url: '/signin',
      path: '/signin',
      auth: fakeAuth({ status: 'unavailable', unavailableReason: 'not-configured', accounts: null }),
    });

    expect(screen.getByRole('heading', { name: 'Sign-in is not configured' })).toBeTruthy();
  });

  describe('with two-step verification on', () => {
    const challenge = { challenge: 'SOFTWARE_TOKEN_MFA', email: 'ada@example.com', session: 'cognito-session' } as const;

    async function signInAsksForCode(auth = fakeAuth({ signIn: vi.fn(async () => challenge) })) {
      const user = userEvent.setup();
      renderWithAuth(<SignInPage />, { url: '/signin', path: '/signin', auth });
      await user.type(screen.getByLabelText('Email'), 'ada@example.com');
      await user.type(screen.getByLabelText('Password'), 'Secret-123');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('heading', { name: 'Two-step verification' });
      return { auth, user };
    }

    it('asks for the authenticator code and answers the challenge with it', async () => {
      const { auth, user } = await signInAsksForCode();

      await user.type(screen.getByLabelText('Authenticator code'), '654 321');
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect(auth.answerMfaChallenge).toHaveBeenCalledWith(challenge, '654321');
    });

    it('says clearly that a wrong code is wrong, and lets the user try again', async () => {
      const answer = vi
        .fn()
        .mockRejectedValueOnce(cognitoError('CodeMismatchException', 'Incorrect confirmation code'))
        .mockResolvedValueOnce(ada);
      const { user } = await signInAsksForCode(fakeAuth({ signIn: vi.fn(async () => challenge), answerMfaChallenge: answer }));

      await user.type(screen.getByLabelText('Authenticator code'), '000000');
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect((await screen.findByTestId('mfa-signin-code-error')).textContent).toBe(wrongAuthenticatorCode);
      expect(document.activeElement).toBe(screen.getByLabelText('Authenticator code'));

      await user.clear(screen.getByLabelText('Authenticator code'));
      await user.type(screen.getByLabelText('Authenticator code'), '123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(answer).toHaveBeenLastCalledWith(challenge, '123456');
    });

    it('goes back to the password when the challenge lapsed', async () => {
      const { user } = await signInAsksForCode(
        fakeAuth({
          signIn: vi.fn(async () => challenge),
          answerMfaChallenge: vi.fn().mockRejectedValue(cognitoError('NotAuthorizedException', 'Invalid session for the user.')),
        }),
      );

      await user.type(screen.getByLabelText('Authenticator code'), '123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect((await screen.findByTestId('account-notice')).textContent).toBe(mfaSignInExpired);
      expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    });
  });
});
