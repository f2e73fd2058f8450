import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import {
  blankFields,
  fieldErrorsOf,
  formErrorOf,
  useAccountAction,
  type FieldErrors,
} from '../../auth/useAccountAction';
import { FormField } from '../../components/FormField';

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
  const [blank, setBlank] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const request = useAccountAction('forgotPassword');
  const reset = useAccountAction('confirmForgotPassword');

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable' || !auth.accounts) return <SignInUnavailable reason={auth.unavailableReason} />;
  const accounts = auth.accounts;

  async function sendCode() {
    const missing = blankFields({ email }, { email: 'Enter your email address.' });
    setBlank(missing);
    reset.reset();
    if (Object.keys(missing).length > 0) {
      request.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const outcome = await request.run(() => accounts.forgotPassword(email.trim()));
    if (outcome.ok) setSentTo(outcome.value.destination ?? email.trim());
    else setAttempt((n) => n + 1);
  }

  async function changePassword() {
    const missing = blankFields(
      { code, newPassword },
      { code: 'Enter the code from the email.', newPassword: 'Choose a new password.' },
    );
    setBlank(missing);
    request.reset();
    if (Object.keys(missing).length > 0) {
      reset.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const outcome = await reset.run(() => accounts.confirmForgotPassword(email.trim(), code.trim(), newPassword));
    if (outcome.ok) {
      navigate(withReturnTo('/signin', returnTo, { email: email.trim() }), {
        state: { notice: 'Your password has been changed. Sign in with your new password.' },
      });
    } else {
      setAttempt((n) => n + 1);
    }
  }

  const failure = reset.failure ?? request.failure;
  const errors = fieldErrorsOf(blank, failure);
  const formError = formErrorOf(blank, failure, sentTo === null ? ['email'] : ['code', 'newPassword']);
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
          attempt={attempt}
          onSubmit={sendCode}
        >
          <FormField id="forgot-email" label="Email" errors={errors.email}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                className="input"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button button--primary account-form__submit" disabled={request.pending}>
            {request.pending ? 'Sending…' : 'Email me a code'}
          </button>
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
        attempt={attempt}
        onSubmit={changePassword}
      >
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <FormField id="reset-code" label="Code" errors={errors.code}>
          {(control) => (
            <input
              {...control}
              name="code"
              className="input input--code"
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="reset-new-password"
          label="New password"
          errors={errors.newPassword}
          hint="At least 8 characters, with upper- and lower-case letters, a number and a symbol."
        >
          {(control) => (
            <input
              {...control}
              name="newPassword"
              type="password"
              className="input"
              autoComplete="new-password"
              value={newPassword}
              onChange={(event) => setNewPassword(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary account-form__submit" disabled={reset.pending}>
          {reset.pending ? 'Changing your password…' : 'Change password'}
        </button>
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
              setBlank({});
            }}
          >
            Use another email
          </button>
        </div>
      </AccountForm>
    </AccountCard>
  );
}
