import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AccountCard, AccountForm } from '../../auth/AccountCard';
import { useAuth } from '../../auth/AuthContext';
import { AuthStarting } from '../../auth/RequireAuth';
import { safeReturnTo, withReturnTo } from '../../auth/returnTo';
import { SignInUnavailable } from '../../auth/SignInUnavailable';
import { EmailField, PasswordField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';
import { TextField } from '../../components/TextField';
import type { VerifyNotice } from '../Verify/VerifyPage';

const required = {
  firstName: 'Enter your first name.',
  lastName: 'Enter your last name.',
  email: 'Enter your email address.',
  password: 'Choose a password.',
};

/** /signup?returnTo=: name, email and password; Cognito then emails a code to verify the address. */
export function SignUpPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');

  const [details, setDetails] = useState({
    firstName: '',
    lastName: '',
    email: params.get('email') ?? '',
    password: '',
  });
  const form = useRequiredFields();
  const action = useAccountAction('signUp');

  if (auth.status === 'starting') return <AuthStarting />;
  if (auth.status === 'unavailable' || !auth.accounts) return <SignInUnavailable reason={auth.unavailableReason} />;
  if (auth.status === 'signedIn') return <Navigate to={safeReturnTo(returnTo)} replace />;
  const accounts = auth.accounts;

  const change = (update: Partial<typeof details>) => setDetails((current) => ({ ...current, ...update }));

  async function submit() {
    if (!form.filledIn(details, required)) {
      action.reset();
      return;
    }
    const email = details.email.trim();
    const outcome = await action.run(() =>
      accounts.signUp({
        email,
        password: details.password,
        firstName: details.firstName.trim(),
        lastName: details.lastName.trim(),
      }),
    );
    if (!outcome.ok) {
      form.failed();
      return;
    }
    if (outcome.value.confirmed) {
      navigate(withReturnTo('/signin', returnTo, { email }), {
        state: { notice: 'Your account is ready. Sign in to continue.' },
      });
    } else {
      const state: VerifyNotice = { destination: outcome.value.destination ?? email };
      navigate(withReturnTo('/verify', returnTo, { email }), { state });
    }
  }

  const errors = fieldErrorsOf(form.blank, action.failure);
  const formError = formErrorOf(form.blank, action.failure, ['firstName', 'lastName', 'email', 'password']);
  const existingAccount = action.failure?.next === 'signIn';

  return (
    <AccountCard
      title="Create your account"
      intro={<p>Book faster and find your trips in one place.</p>}
      footer={
        <p>
          Already have an account? <Link to={withReturnTo('/signin', returnTo)}>Sign in</Link>
        </p>
      }
    >
      <AccountForm
        label="Create your account"
        testId="signup-form"
        formError={formError}
        attempt={form.attempt}
        onSubmit={submit}
      >
        <div className="account-form__row">
          <TextField
            id="signup-first-name"
            name="firstName"
            label="First name"
            errors={errors.firstName}
            autoComplete="given-name"
            value={details.firstName}
            onChange={(firstName) => change({ firstName })}
          />
          <TextField
            id="signup-last-name"
            name="lastName"
            label="Last name"
            errors={errors.lastName}
            autoComplete="family-name"
            value={details.lastName}
            onChange={(lastName) => change({ lastName })}
          />
        </div>
        <EmailField
          id="signup-email"
          value={details.email}
          onChange={(email) => change({ email })}
          errors={errors.email}
          autoComplete="email"
          hint={
            existingAccount ? (
              <Link
                to={withReturnTo('/signin', returnTo, { email: details.email.trim() })}
                data-testid="signin-instead"
              >
                Sign in with this email instead
              </Link>
            ) : undefined
          }
        />
        <PasswordField
          id="signup-password"
          value={details.password}
          onChange={(password) => change({ password })}
          errors={errors.password}
          autoComplete="new-password"
        />
        <SubmitButton pending={action.pending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </AccountForm>
    </AccountCard>
  );
}
