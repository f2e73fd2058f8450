import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import { CodeField, EmailField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';

/** What sign-up and sign-in tell this page through navigation state. */
export interface VerifyNotice {
  /** Where Cognito sent the code (masked). */
  destination?: string;
  /** Sent here by a sign-in Cognito refused because the email is not verified yet. */
  unconfirmed?: boolean;
}

/** /verify?email=&returnTo=: the code Cognito emailed after sign-up (ConfirmSignUp), or a new one. */
export function VerifyPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');
  const incoming = (location.state ?? {}) as VerifyNotice;

  const [email, setEmail] = useState(params.get('email') ?? '');
  const [code, setCode] = useState('');
  const form = useRequiredFields();
  const [resentTo, setResentTo] = useState<string | null>(null);
  const confirm = useAccountAction('confirmSignUp');
  const resend = useAccountAction('resendCode');

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable' || !auth.accounts) return <SignInUnavailable reason={auth.unavailableReason} />;
  const accounts = auth.accounts;

  async function submit() {
    resend.reset();
    const filledIn = form.filledIn(
      { email, code },
      { email: 'Enter the email address you signed up with.', code: 'Enter the code from the email.' },
    );
    if (!filledIn) {
      confirm.reset();
      return;
    }
    const outcome = await confirm.run(() => accounts.confirmSignUp(email.trim(), code.trim()));
    if (outcome.ok) {
      navigate(withReturnTo('/signin', returnTo, { email: email.trim() }), {
        state: { notice: 'Your email address is verified. Sign in to continue.' },
      });
    } else {
      form.failed();
    }
  }

  async function sendNewCode() {
    confirm.reset();
    setResentTo(null);
    if (!form.filledIn({ email }, { email: 'Enter the email address you signed up with.' })) return;
    const outcome = await resend.run(() => accounts.resendConfirmationCode(email.trim()));
    if (outcome.ok) setResentTo(outcome.value.destination ?? email.trim());
    else form.failed();
  }

  const failure = confirm.failure ?? resend.failure;
  const errors = fieldErrorsOf(form.blank, failure);
  const formError = formErrorOf(form.blank, failure, ['email', 'code']);
  const sentTo = resentTo ?? incoming.destination;

  return (
    <AccountCard
      title="Verify your email"
      intro={
        resentTo ? (
          <Notice testId="code-resent">We sent a new code to {resentTo}.</Notice>
        ) : incoming.unconfirmed ? (
          <Notice>Your email address is not verified yet. Enter the code we emailed you, or ask for a new one.</Notice>
        ) : sentTo ? (
          <Notice>We emailed a verification code to {sentTo}. Enter it below to finish creating your account.</Notice>
        ) : (
          <p>Enter the verification code we emailed you when you signed up.</p>
        )
      }
      footer={
        <p>
          Already verified?{' '}
          <Link to={withReturnTo('/signin', returnTo, email.trim() ? { email: email.trim() } : {})}>Sign in</Link>
        </p>
      }
    >
      <AccountForm
        label="Verify your email"
        testId="verify-form"
        formError={formError}
        attempt={form.attempt}
        onSubmit={submit}
      >
        <EmailField id="verify-email" value={email} onChange={setEmail} errors={errors.email} />
        <CodeField id="verify-code" label="Verification code" value={code} onChange={setCode} errors={errors.code} />
        <SubmitButton pending={confirm.pending} pendingLabel="Verifying…">
          Verify email
        </SubmitButton>
        <div className="account-form__aside account-form__aside--center">
          Didn’t get it?{' '}
          <button
            type="button"
            className="link-button"
            data-testid="resend-code"
            disabled={resend.pending}
            onClick={sendNewCode}
          >
            {resend.pending ? 'Sending…' : 'Send a new code'}
          </button>
        </div>
      </AccountForm>
    </AccountCard>
  );
}
