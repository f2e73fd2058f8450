import { useCallback, useState } from 'react';
import { describeAccountError, type AccountFailure, type AccountField, type AccountOperation } from './accountErrors';

export type FieldErrors = Partial<Record<AccountField, string[]>>;

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; failure: AccountFailure };

/**
 * One Cognito call of an account form: whether it is running, and how it failed (worded for the form).
 * `run` never throws; the outcome says what happened.
 */
export function useAccountAction(operation: AccountOperation) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<AccountFailure | null>(null);

  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<ActionOutcome<T>> => {
      setPending(true);
      setFailure(null);
      try {
        const value = await action();
        return { ok: true, value };
      } catch (error) {
        const described = describeAccountError(error, operation);
        setFailure(described);
        return { ok: false, failure: described };
      } finally {
        setPending(false);
      }
    },
    [operation],
  );

  const reset = useCallback(() => setFailure(null), []);
  return { pending, failure, run, reset };
}

/**
 * The messages a form shows next to its fields: the blank required fields first (checked here, before asking
 * Cognito), else the field Cognito's error is about.
 */
export function fieldErrorsOf(blank: FieldErrors, failure: AccountFailure | null): FieldErrors {
  if (Object.keys(blank).length > 0) return blank;
  return failure?.field ? { [failure.field]: [failure.message] } : {};
}

/** Messages for required fields left blank. */
export function blankFields(
  values: Partial<Record<AccountField, string>>,
  messages: Partial<Record<AccountField, string>>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(messages) as [AccountField, string][]) {
    if ((values[field] ?? '').trim() === '') errors[field] = [message];
  }
  return errors;
}

/** The message shown above the form: a failure about no field, or about a field this form does not show. */
export function formErrorOf(
  blank: FieldErrors,
  failure: AccountFailure | null,
  shownFields: readonly AccountField[],
): string | null {
  if (!failure || Object.keys(blank).length > 0) return null;
  return failure.field && shownFields.includes(failure.field) ? null : failure.message;
}
