import type { ReactNode } from 'react';
import { FormField } from '../components/FormField';

interface AccountFieldProps {
  /** Unique on the page, e.g. "signin-email". */
  id: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  label?: string;
  hint?: ReactNode;
}

/** Cognito's password policy for this pool, shown where a password is chosen. */
export const newPasswordHint = 'At least 8 characters, with upper- and lower-case letters, a number and a symbol.';

export function EmailField({
  id,
  value,
  onChange,
  errors,
  label = 'Email',
  hint,
  autoComplete = 'username',
}: AccountFieldProps & { autoComplete?: 'username' | 'email' }) {
  return (
    <FormField id={id} label={label} errors={errors} hint={hint}>
      {(control) => (
        <input
          {...control}
          name="email"
          type="email"
          className="input"
          autoComplete={autoComplete}
          inputMode="email"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** A password to sign in with ("current-password") or a new one ("new-password", with the policy as its hint). */
export function PasswordField({
  id,
  value,
  onChange,
  errors,
  label = 'Password',
  name = 'password',
  autoComplete,
}: AccountFieldProps & { name?: string; autoComplete: 'current-password' | 'new-password' }) {
  return (
    <FormField id={id} label={label} errors={errors} hint={autoComplete === 'new-password' ? newPasswordHint : undefined}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="password"
          className="input"
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** A code Cognito emailed (verification or password reset). */
export function CodeField({ id, value, onChange, errors, label = 'Code' }: AccountFieldProps) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {(control) => (
        <input
          {...control}
          name="code"
          className="input input--code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** The form's main button, saying what it is doing while the request runs. */
export function SubmitButton({ pending, pendingLabel, children }: { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <button type="submit" className="button button--primary account-form__submit" disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
