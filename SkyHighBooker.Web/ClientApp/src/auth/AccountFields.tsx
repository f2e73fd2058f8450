import type { ReactNode } from 'react';
import { TextField } from '../components/TextField';

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
    <TextField
      id={id}
      name="email"
      type="email"
      label={label}
      errors={errors}
      hint={hint}
      autoComplete={autoComplete}
      inputMode="email"
      spellCheck={false}
      value={value}
      onChange={onChange}
    />
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
    <TextField
      id={id}
      name={name}
      type="password"
      label={label}
      errors={errors}
      hint={autoComplete === 'new-password' ? newPasswordHint : undefined}
      autoComplete={autoComplete}
      value={value}
      onChange={onChange}
    />
  );
}

/** A code Cognito emailed (verification or password reset). */
export function CodeField({ id, value, onChange, errors, label = 'Code' }: AccountFieldProps) {
  return (
    <TextField
      id={id}
      name="code"
      label={label}
      errors={errors}
      className="input--code"
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      value={value}
      onChange={onChange}
    />
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
