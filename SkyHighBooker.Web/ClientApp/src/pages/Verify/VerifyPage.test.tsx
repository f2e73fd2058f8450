import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { cognitoError, fakeAccounts, fakeAuth, renderWithAuth } from '../../test/auth';
import { VerifyPage } from './VerifyPage';

describe('VerifyPage', () => {
  it('confirms the sign-up with the code and sends the user to sign in', async () => {
    const accounts = fakeAccounts();
    const user = userEvent.setup();
    renderWithAuth(<VerifyPage />, {
      url: '/verify?email=ada%40example.com&returnTo=%2Faccount',
      path: '/verify',
      auth: fakeAuth({ accounts }),
    });

    await user.type(screen.getByLabelText('Verification code'), ' 123456 ');
    await user.click(screen.getByRole('button', { name: 'Verify email' }));

    expect(accounts.confirmSignUp).toHaveBeenCalledWith('ada@example.com', '123456');
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/signin?email=ada%40example.com&returnTo=%2Faccount'),
    );
  });

  it('shows a wrong code on the code field', async () => {
    const accounts = fakeAccounts({
      confirmSignUp: vi
        .fn()
        .mockRejectedValue(
          cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
        ),
    });
    const user = userEvent.setup();
    renderWithAuth(<VerifyPage />, {
      url: '/verify?email=ada%40example.com',
      path: '/verify',
      auth: fakeAuth({ accounts }),
    });

    await user.type(screen.getByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify email' }));

    expect((await screen.findByTestId('verify-code-error')).textContent).toBe(
      'Invalid verification code provided, please try again.',
    );
  });

  it('sends a new code and says where it went', async () => {
    const accounts = fakeAccounts();
    const user = userEvent.setup();
    renderWithAuth(<VerifyPage />, {
      url: '/verify?email=ada%40example.com',
      path: '/verify',
      auth: fakeAuth({ accounts }),
    });

    await user.click(screen.getByTestId('resend-code'));

    expect(accounts.resendConfirmationCode).toHaveBeenCalledWith('ada@example.com');
    expect((await screen.findByTestId('code-resent')).textContent).toBe('We sent a new code to a***@e***.');
  });

  it('shows why a new code could not be sent', async () => {
    const accounts = fakeAccounts({
      resendConfirmationCode: vi
        .fn()
        .mockRejectedValue(
          cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
        ),
    });
    const user = userEvent.setup();
    renderWithAuth(<VerifyPage />, {
      url: '/verify?email=ada%40example.com',
      path: '/verify',
      auth: fakeAuth({ accounts }),
    });

    await user.click(screen.getByTestId('resend-code'));

    expect((await screen.findByTestId('verify-form-error')).textContent).toBe(
      'Attempt limit exceeded, please try after some time.',
    );
  });
});
