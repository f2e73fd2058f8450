import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { cognitoError, fakeAccounts, fakeAuth, renderWithAuth } from '../../test/auth';
import { SignUpPage } from './SignUpPage';

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('First name'), 'Ada');
  await user.type(screen.getByLabelText('Last name'), 'Lovelace');
  await user.type(screen.getByLabelText('Email'), ' ada@example.com ');
  await user.type(screen.getByLabelText('Password'), 'Secret-123');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpPage', () => {
  it('signs up with Cognito and goes on to verify the email', async () => {
    const accounts = fakeAccounts();
    const user = userEvent.setup();
    renderWithAuth(<SignUpPage />, {
      url: '/signup?returnTo=%2Faccount',
      path: '/signup',
      auth: fakeAuth({ accounts }),
    });

    await fillIn(user);

    expect(accounts.signUp).toHaveBeenCalledWith({
      email: 'ada@example.com',
      password: 'Secret-123',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/verify?email=ada%40example.com&returnTo=%2Faccount'),
    );
    expect(JSON.parse(screen.getByTestId('location-state').textContent!)).toEqual({ destination: 'a***@e***' });
  });

  it('shows an existing account on the email field, with a way to sign in', async () => {
    const accounts = fakeAccounts({
      signUp: vi
        .fn()
        .mockRejectedValue(cognitoError('UsernameExistsException', 'An account with the given email already exists.')),
    });
    const user = userEvent.setup();
    renderWithAuth(<SignUpPage />, { url: '/signup', path: '/signup', auth: fakeAuth({ accounts }) });

    await fillIn(user);

    expect((await screen.findByTestId('signup-email-error')).textContent).toBe(
      'An account with the given email already exists.',
    );
    expect(screen.getByTestId('signin-instead').getAttribute('href')).toBe('/signin?email=ada%40example.com');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the password policy Cognito names on the password field', async () => {
    const accounts = fakeAccounts({
      signUp: vi
        .fn()
        .mockRejectedValue(
          cognitoError(
            'InvalidPasswordException',
            'Password did not conform with policy: Password must have symbol characters',
          ),
        ),
    });
    const user = userEvent.setup();
    renderWithAuth(<SignUpPage />, { url: '/signup', path: '/signup', auth: fakeAuth({ accounts }) });

    await fillIn(user);

    expect((await screen.findByTestId('signup-password-error')).textContent).toBe(
      'Password did not conform with policy: Password must have symbol characters',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('asks for every field left blank', async () => {
    const accounts = fakeAccounts();
    const user = userEvent.setup();
    renderWithAuth(<SignUpPage />, { url: '/signup', path: '/signup', auth: fakeAuth({ accounts }) });

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Enter your first name.',
      'Enter your last name.',
      'Enter your email address.',
      'Choose a password.',
    ]);
    expect(accounts.signUp).not.toHaveBeenCalled();
  });
});
