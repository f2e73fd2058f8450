import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { isMfaChallenge, type MfaChallenge } from '../../auth/accounts';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { safeReturnTo, withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import { EmailField, PasswordField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';
import { MfaCodeStep } from './MfaCodeStep';

/** What other pages of the journey tell the sign-in page through navigation state. */
export interface SignInNotice {
  notice?: string;
}

/** /signin?returnTo=&email=: email and password, then back to where the user was going. */
export function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');
  const incoming = (location.state ?? {}) as SignInNotice;

  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const form = useRequiredFields();
  const action = useAccountAction('signIn');
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  const [restartNotice, setRestartNotice] = useState<string | null>(null);

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable') return <SignInUnavailable reason={auth.unavailableReason} />;
  // Signed in (just now, or already): on to where they were going.
  if (auth.status === 'signedIn') return <Navigate to={safeReturnTo(returnTo)} replace />;
  if (challenge) {
    return (
      <MfaCodeStep
        challenge={challenge}
        onRestart={(notice) => {
          setChallenge(null);
          setPassword('');
          setRestartNotice(notice ?? null);
        }}
      />
    );
  }

  async function submit() {
    if (!form.filledIn({ email, password }, { email: 'Enter your email address.', password: 'Enter your password.' })) {
      action.reset();
      return;
    }
    const outcome = await action.run(() => auth.signIn(email.trim(), password));
    if (outcome.ok) {
      if (isMfaChallenge(outcome.value)) setChallenge(outcome.value);
      return;
    }

    if (outcome.failure.next === 'verify') {
      navigate(withReturnTo('/verify', returnTo, { email: email.trim() }), { state: { unconfirmed: true } });
    } else if (outcome.failure.next === 'resetPassword') {
      navigate(withReturnTo('/forgot-password', returnTo, { email: email.trim() }), { state: { resetRequired: true } });
    } else {
      form.failed();
    }
  }

  const errors = fieldErrorsOf(form.blank, action.failure);
  const formError = formErrorOf(form.blank, action.failure, ['email', 'password']);

  return (
    <AccountCard
      title="Sign in"
      intro={
        restartNotice ? (
          <Notice>{restartNotice}</Notice>
        ) : auth.sessionEnded ? (
          <Notice>Your session has ended. Please sign in again.</Notice>
        ) : incoming.notice ? (
          <Notice>{incoming.notice}</Notice>
        ) : undefined
      }
      footer={
        <p>
          New to Sky High Booker? <Link to={withReturnTo('/signup', returnTo)}>Create an account</Link>
        </p>
      }
    >
      <AccountForm label="Sign in" testId="signin-form" formError={formError} attempt={form.attempt} onSubmit={submit}>
        <EmailField id="signin-email" value={email} onChange={setEmail} errors={errors.email} />
        <PasswordField
          id="signin-password"
          value={password}
          onChange={setPassword}
          errors={errors.password}
          autoComplete="current-password"
        />
        <div className="account-form__aside">
          <Link to={withReturnTo('/forgot-password', returnTo, email.trim() ? { email: email.trim() } : {})}>
            Forgot your password?
          </Link>
        </div>
        <SubmitButton pending={action.pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </AccountForm>
    </AccountCard>
  );
}
