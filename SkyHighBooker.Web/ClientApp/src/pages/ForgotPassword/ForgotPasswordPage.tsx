import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import { CodeField, EmailField, PasswordField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';

/**
 * /forgot-password?email=&returnTo=: asks Cognito to email a reset code (ForgotPassword), then takes the code
 * and a new password (ConfirmForgotPassword) and sends the user to sign in with it.
 */
export function ForgotPasswordPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');
  const resetRequired = Boolean((location.state as { resetRequired?: boolean } | null)?.resetRequired);

  const [email, setEmail] = useState(params.get('email') ?? '');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useRequiredFields();
  const request = useAccountAction('forgotPassword');
  const reset = useAccountAction('confirmForgotPassword');

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable' || !auth.accounts) return <SignInUnavailable reason={auth.unavailableReason} />;
  const accounts = auth.accounts;

  async function sendCode() {
    reset.reset();
    if (!form.filledIn({ email }, { email: 'Enter your email address.' })) {
      request.reset();
      return;
    }
    const outcome = await request.run(() => accounts.forgotPassword(email.trim()));
    if (outcome.ok) setSentTo(outcome.value.destination ?? email.trim());
    else form.failed();
  }

  async function changePassword() {
    request.reset();
    const filledIn = form.filledIn(
      { code, newPassword },
      { code: 'Enter the code from the email.', newPassword: 'Choose a new password.' },
    );
    if (!filledIn) {
      reset.reset();
      return;
    }
    const outcome = await reset.run(() => accounts.confirmForgotPassword(email.trim(), code.trim(), newPassword));
    if (outcome.ok) {
      navigate(withReturnTo('/signin', returnTo, { email: email.trim() }), {
        state: { notice: 'Your password has been changed. Sign in with your new password.' },
      });
    } else {
      form.failed();
    }
  }

  const failure = reset.failure ?? request.failure;
  const errors = fieldErrorsOf(form.blank, failure);
  const formError = formErrorOf(form.blank, failure, sentTo === null ? ['email'] : ['code', 'newPassword']);
  const footer = (
    <p>
      Remembered it?{' '}
      <Link to={withReturnTo('/signin', returnTo, email.trim() ? { email: email.trim() } : {})}>Sign in</Link>
    </p>
  );

  if (sentTo === null) {
    return (
      <AccountCard
        title="Reset your password"
        intro={
          resetRequired ? (
            <Notice>
              You need to choose a new password before you can sign in. We’ll email you a code to do that.
            </Notice>
          ) : (
            <p>Enter the email address of your account and we’ll email you a code to choose a new password.</p>
          )
        }
        footer={footer}
      >
        <AccountForm
          label="Reset your password"
          testId="forgot-password-form"
          formError={formError}
          attempt={form.attempt}
          onSubmit={sendCode}
        >
          <EmailField id="forgot-email" value={email} onChange={setEmail} errors={errors.email} />
          <SubmitButton pending={request.pending} pendingLabel="Sending…">
            Email me a code
          </SubmitButton>
        </AccountForm>
      </AccountCard>
    );
  }

  return (
    <AccountCard
      title="Choose a new password"
      intro={<Notice testId="reset-code-sent">We emailed a code to {sentTo}. Enter it with your new password.</Notice>}
      footer={footer}
    >
      <AccountForm
        label="Choose a new password"
        testId="reset-password-form"
        formError={formError}
        attempt={form.attempt}
        onSubmit={changePassword}
      >
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <CodeField id="reset-code" value={code} onChange={setCode} errors={errors.code} />
        <PasswordField
          id="reset-new-password"
          label="New password"
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          errors={errors.newPassword}
          autoComplete="new-password"
        />
        <SubmitButton pending={reset.pending} pendingLabel="Changing your password…">
          Change password
        </SubmitButton>
        <div className="account-form__aside account-form__aside--center">
          Didn’t get it?{' '}
          <button type="button" className="link-button" disabled={request.pending} onClick={sendCode}>
            {request.pending ? 'Sending…' : 'Send a new code'}
          </button>
          {' · '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setSentTo(null);
              reset.reset();
              form.clear();
            }}
          >
            Use another email
          </button>
        </div>
      </AccountForm>
    </AccountCard>
  );
}
