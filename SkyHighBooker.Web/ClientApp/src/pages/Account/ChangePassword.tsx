import { useState } from 'react';
import { AccountForm } from '../../auth/AccountCard';
import { PasswordField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';
import { useSignedInAccount } from './useSignedInAccount';

/** Change the password (Cognito's ChangePassword with the user's own token): the current one, then the new one. */
export function ChangePassword() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const form = useRequiredFields();
  const action = useAccountAction('changePassword');
  const withToken = useSignedInAccount();

  async function submit() {
    setChanged(false);
    if (
      !form.filledIn(
        { currentPassword, newPassword },
        { currentPassword: 'Enter your current password.', newPassword: 'Choose a new password.' },
      )
    ) {
      action.reset();
      return;
    }
    const outcome = await action.run(() =>
      withToken((accounts, token) => accounts.changePassword(token, currentPassword, newPassword)),
    );
    if (!outcome.ok) return form.failed();
    setCurrentPassword('');
    setNewPassword('');
    setChanged(true);
  }

  const errors = fieldErrorsOf(form.blank, action.failure);
  return (
    <section className="profile" aria-labelledby="password-heading">
      <h2 id="password-heading" className="profile__name">
        Password
      </h2>
      <AccountForm
        label="Change password"
        testId="change-password-form"
        formError={formErrorOf(form.blank, action.failure, ['currentPassword', 'newPassword'])}
        attempt={form.attempt}
        onSubmit={submit}
      >
        <PasswordField
          id="current-password"
          name="current-password"
          label="Current password"
          value={currentPassword}
          onChange={setCurrentPassword}
          errors={errors.currentPassword}
          autoComplete="current-password"
        />
        <PasswordField
          id="new-password"
          name="new-password"
          label="New password"
          value={newPassword}
          onChange={setNewPassword}
          errors={errors.newPassword}
          autoComplete="new-password"
        />
        {changed && (
          <p role="status" data-testid="password-changed">
            Your password is changed. Use the new one next time you sign in.
          </p>
        )}
        <SubmitButton pending={action.pending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </AccountForm>
    </section>
  );
}
