import { useState } from 'react';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { CodeField, SubmitButton } from '../../auth/AccountFields';
import type { MfaChallenge } from '../../auth/accounts';
import { useAuth } from '../../auth/AuthContext';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';

interface MfaCodeStepProps {
  challenge: MfaChallenge;
  /** Back to email and password: the user asked to, or Cognito's session for the challenge lapsed. */
  onRestart: (notice?: string) => void;
}

/** The second step of signing in to an account with two-step verification: the code from the authenticator app. */
export function MfaCodeStep({ challenge, onRestart }: MfaCodeStepProps) {
  const auth = useAuth();
  const [code, setCode] = useState('');
  const form = useRequiredFields();
  const action = useAccountAction('answerMfa');

  async function submit() {
    if (!form.filledIn({ code }, { code: 'Enter the code from your authenticator app.' })) {
      action.reset();
      return;
    }
    // Once signed in, the sign-in page itself moves on to where the user was going.
    const outcome = await action.run(() => auth.answerMfaChallenge(challenge, code.replace(/\s/g, '')));
    if (outcome.ok) return;
    if (outcome.failure.next === 'signIn') onRestart(outcome.failure.message);
    else form.failed();
  }

  const errors = fieldErrorsOf(form.blank, action.failure);
  const formError = formErrorOf(form.blank, action.failure, ['code']);

  return (
    <AccountCard
      title="Two-step verification"
      intro={<Notice>Enter the 6-digit code your authenticator app shows for Sky High Booker.</Notice>}
      footer={
        <p>
          <button type="button" className="link-button" onClick={() => onRestart()}>
            Sign in with another account
          </button>
        </p>
      }
    >
      <AccountForm label="Two-step verification" testId="mfa-signin-form" formError={formError} attempt={form.attempt} onSubmit={submit}>
        <CodeField id="mfa-signin-code" value={code} onChange={setCode} errors={errors.code} label="Authenticator code" />
        <SubmitButton pending={action.pending} pendingLabel="Checking…">
          Verify
        </SubmitButton>
      </AccountForm>
    </AccountCard>
  );
}
