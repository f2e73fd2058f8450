import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { wrongCurrentPassword } from '../../auth/accountErrors';
import { ada, cognitoError, fakeAccounts, fakeAuth, renderWithAuth } from '../../test/auth';
import { ChangePassword } from './ChangePassword';

function renderForm(accounts = fakeAccounts()) {
  const auth = fakeAuth({ status: 'signedIn', user: ada, accounts, getAccessToken: vi.fn(async () => 'access-1') });
  renderWithAuth(<ChangePassword />, { url: '/account', path: '/account', auth });
  return { accounts, user: userEvent.setup() };
}

async function change(user: ReturnType<typeof userEvent.setup>, current: string, next: string) {
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePassword', () => {
  it('changes the password with the access token and says so', async () => {
    const { accounts, user } = renderForm();

    await change(user, 'Old-Secret-1', 'New-Secret-2!');

    expect(accounts.changePassword).toHaveBeenCalledWith('access-1', 'Old-Secret-1', 'New-Secret-2!');
    expect((await screen.findByTestId('password-changed')).textContent).toContain('Your password is changed.');
    expect(screen.getByLabelText<HTMLInputElement>('Current password').value).toBe('');
  });

  it('puts a wrong current password on its field', async () => {
    const { user } = renderForm(
      fakeAccounts({ changePassword: vi.fn().mockRejectedValue(cognitoError('NotAuthorizedException', 'Incorrect username or password.')) }),
    );

    await change(user, 'Wrong-1', 'New-Secret-2!');

    expect((await screen.findByTestId('current-password-error')).textContent).toBe(wrongCurrentPassword);
    expect(screen.queryByTestId('password-changed')).toBeNull();
  });

  it('puts a weak new password on the new password field with Cognito’s reason', async () => {
    const reason = 'Password did not conform with policy: Password must have uppercase characters';
    const { user } = renderForm(
      fakeAccounts({ changePassword: vi.fn().mockRejectedValue(cognitoError('InvalidPasswordException', reason)) }),
    );

    await change(user, 'Old-Secret-1', 'weakpass');

    expect((await screen.findByTestId('new-password-error')).textContent).toBe(reason);
  });

  it('asks for both passwords without calling Cognito', async () => {
    const { accounts, user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(screen.getByTestId('current-password-error').textContent).toBe('Enter your current password.');
    expect(screen.getByTestId('new-password-error').textContent).toBe('Choose a new password.');
    expect(accounts.changePassword).not.toHaveBeenCalled();
  });
});
