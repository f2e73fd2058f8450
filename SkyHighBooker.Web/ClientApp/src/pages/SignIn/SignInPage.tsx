import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm, Notice } from '../../auth/AccountCard';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { safeReturnTo, withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import {
  blankFields,
  fieldErrorsOf,
  formErrorOf,
  useAccountAction,
  type FieldErrors,
} from '../../auth/useAccountAction';
import { FormField } from '../../components/FormField';

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
  const [blank, setBlank] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const action = useAccountAction('signIn');

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable') return <SignInUnavailable reason={auth.unavailableReason} />;
  // Signed in (just now, or already): on to where they were going.
  if (auth.status === 'signedIn') return <Navigate to={safeReturnTo(returnTo)} replace />;

  async function submit() {
    const missing = blankFields(
      { email, password },
      { email: 'Enter your email address.', password: 'Enter your password.' },
    );
    setBlank(missing);
    if (Object.keys(missing).length > 0) {
      action.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const outcome = await action.run(() => auth.signIn(email.trim(), password));
    if (outcome.ok) return;

    if (outcome.failure.next === 'verify') {
      navigate(withReturnTo('/verify', returnTo, { email: email.trim() }), { state: { unconfirmed: true } });
    } else if (outcome.failure.next === 'resetPassword') {
      navigate(withReturnTo('/forgot-password', returnTo, { email: email.trim() }), { state: { resetRequired: true } });
    } else {
      setAttempt((n) => n + 1);
    }
  }

  const errors = fieldErrorsOf(blank, action.failure);
  const formError = formErrorOf(blank, action.failure, ['email', 'password']);

  return (
    <AccountCard
      title="Sign in"
      intro={
        auth.sessionEnded ? (
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
      <AccountForm label="Sign in" testId="signin-form" formError={formError} attempt={attempt} onSubmit={submit}>
        <FormField id="signin-email" label="Email" errors={errors.email}>
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
        <FormField id="signin-password" label="Password" errors={errors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              className="input"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <div className="account-form__aside">
          <Link to={withReturnTo('/forgot-password', returnTo, email.trim() ? { email: email.trim() } : {})}>
            Forgot your password?
          </Link>
        </div>
        <button type="submit" className="button button--primary account-form__submit" disabled={action.pending}>
          {action.pending ? 'Signing in…' : 'Sign in'}
        </button>
      </AccountForm>
    </AccountCard>
  );
}
