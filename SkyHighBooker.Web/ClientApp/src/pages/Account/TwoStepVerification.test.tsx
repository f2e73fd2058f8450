import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserProfile } from '../../api';
import { wrongAuthenticatorCode } from '../../auth/accountErrors';
import { ada, cognitoError, fakeAccounts, fakeAuth, renderWithAuth } from '../../test/auth';
import { adaProfile } from '../../test/profiles';
import { fakeApi, on } from '../../test/fakeApi';
import { TwoStepVerification } from './TwoStepVerification';

const profile: UserProfile = adaProfile;

afterEach(() => vi.unstubAllGlobals());

function renderSettings(accounts: ReturnType<typeof fakeAccounts>, shown: UserProfile = profile) {
  const onChanged = vi.fn();
  const auth = fakeAuth({ status: 'signedIn', user: ada, accounts, getAccessToken: vi.fn(async () => 'access-1') });
  renderWithAuth(<TwoStepVerification profile={shown} onChanged={onChanged} />, { url: '/account', path: '/account', auth });
  return { onChanged, user: userEvent.setup() };
}

describe('TwoStepVerification', () => {
  it('shows the new secret as a QR code and as text, then turns MFA on with a code from the app', async () => {
    const api = fakeApi(on('POST', '/api/me/refresh', { status: 200, body: { ...profile, mfaEnabled: true } }));
    const accounts = fakeAccounts({ associateSoftwareToken: vi.fn(async () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })) });
    const { onChanged, user } = renderSettings(accounts);

    expect(screen.getByTestId('mfa-state').textContent).toBe('Off');
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));

    expect(accounts.associateSoftwareToken).toHaveBeenCalledWith('access-1');
    expect((await screen.findByTestId('mfa-secret')).textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.getByTitle('QR code for your authenticator app')).toBeTruthy();

    await user.type(screen.getByLabelText('Authenticator code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    expect(accounts.verifySoftwareToken).toHaveBeenCalledWith('access-1', '123456');
    expect(accounts.setSoftwareTokenMfa).toHaveBeenCalledWith('access-1', true);
    expect(api.requests()).toEqual(['POST /api/me/refresh']);
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ mfaEnabled: true }));
    expect(screen.queryByTestId('mfa-setup')).toBeNull();
  });

  it('keeps MFA off and says so on the field when the first code is wrong', async () => {
    const api = fakeApi();
    const accounts = fakeAccounts({
      verifySoftwareToken: vi.fn(async () => {
        throw cognitoError('CodeMismatchException', 'Incorrect confirmation code');
      }),
    });
    const { onChanged, user } = renderSettings(accounts);

    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await user.type(await screen.findByLabelText('Authenticator code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    expect((await screen.findByTestId('mfa-setup-form-code-error')).textContent).toBe(wrongAuthenticatorCode);
    expect(accounts.setSoftwareTokenMfa).not.toHaveBeenCalled();
    expect(api.requests()).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('asks for a current code before turning MFA off, and turns it off only when the code is right', async () => {
    fakeApi(on('POST', '/api/me/refresh', { status: 200, body: profile }));
    const verify = vi
      .fn()
      .mockRejectedValueOnce(cognitoError('CodeMismatchException', 'Incorrect confirmation code'))
      .mockResolvedValueOnce(undefined);
    const accounts = fakeAccounts({ verifySoftwareToken: verify });
    const { onChanged, user } = renderSettings(accounts, { ...profile, mfaEnabled: true });

    expect(screen.getByTestId('mfa-state').textContent).toBe('On');
    await user.click(screen.getByRole('button', { name: 'Turn off two-step verification' }));
    const form = screen.getByTestId('mfa-off-form');
    await user.type(within(form).getByLabelText('Authenticator code'), '111111');
    await user.click(within(form).getByRole('button', { name: 'Turn off' }));

    expect((await screen.findByTestId('mfa-off-form-code-error')).textContent).toBe(wrongAuthenticatorCode);
    expect(accounts.setSoftwareTokenMfa).not.toHaveBeenCalled();

    await user.clear(within(form).getByLabelText('Authenticator code'));
    await user.type(within(form).getByLabelText('Authenticator code'), '222222');
    await user.click(within(form).getByRole('button', { name: 'Turn off' }));

    expect(verify).toHaveBeenLastCalledWith('access-1', '222222');
    expect(accounts.setSoftwareTokenMfa).toHaveBeenCalledWith('access-1', false);
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ mfaEnabled: false }));
  });

  it('asks for the code when it is left blank, without calling Cognito', async () => {
    const accounts = fakeAccounts();
    const { user } = renderSettings(accounts, { ...profile, mfaEnabled: true });

    await user.click(screen.getByRole('button', { name: 'Turn off two-step verification' }));
    await user.click(screen.getByRole('button', { name: 'Turn off' }));

    expect(screen.getByTestId('mfa-off-form-code-error').textContent).toBe('Enter the 6-digit code from your authenticator app.');
    expect(accounts.verifySoftwareToken).not.toHaveBeenCalled();
  });
});
