import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { cognitoError, fakeAccounts, fakeAuth, renderWithAuth } from '../../test/auth';
import { ForgotPasswordPage } from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  it('emails a code, then changes the password with it', async () => {
    const accounts = fakeAccounts();
    const user = userEvent.setup();
    renderWithAuth(<ForgotPasswordPage />, {
      url: '/forgot-password',
      path: '/forgot-password',
      auth: fakeAuth({ accounts }),
    });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));

    expect(accounts.forgotPassword).toHaveBeenCalledWith('ada@example.com');
    expect((await screen.findByTestId('reset-code-sent')).textContent).toContain('a***@e***');

    await user.type(screen.getByLabelText('Code'), '123456');
    await user.type(screen.getByLabelText('New password'), 'Newer-Secret-456');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(accounts.confirmForgotPassword).toHaveBeenCalledWith('ada@example.com', '123456', 'Newer-Secret-456');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/signin?email=ada%40example.com'));
  });

  it('puts Cognito’s complaints on the code and new password fields', async () => {
    const confirmForgotPassword = vi
      .fn()
      .mockRejectedValueOnce(
        cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
      )
      .mockRejectedValueOnce(cognitoError('InvalidPasswordException', 'Password not long enough'));
    const accounts = fakeAccounts({ confirmForgotPassword });
    const user = userEvent.setup();
    renderWithAuth(<ForgotPasswordPage />, {
      url: '/forgot-password?email=ada%40example.com',
      path: '/forgot-password',
      auth: fakeAuth({ accounts }),
    });

    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await user.type(await screen.findByLabelText('Code'), '000000');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByTestId('reset-code-error')).textContent).toBe(
      'Invalid verification code provided, please try again.',
    );

    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByTestId('reset-new-password-error')).textContent).toBe('Password not long enough');
  });

  it('shows an unknown email on the email field', async () => {
    const accounts = fakeAccounts({
      forgotPassword: vi
        .fn()
        .mockRejectedValue(cognitoError('UserNotFoundException', 'Username/client id combination not found.')),
    });
    const user = userEvent.setup();
    renderWithAuth(<ForgotPasswordPage />, {
      url: '/forgot-password',
      path: '/forgot-password',
      auth: fakeAuth({ accounts }),
    });

    await user.type(screen.getByLabelText('Email'), 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));

    expect((await screen.findByTestId('forgot-email-error')).textContent).toBe(
      'Username/client id combination not found.',
    );
  });
});
