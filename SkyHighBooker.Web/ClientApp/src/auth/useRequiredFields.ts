import { useCallback, useState } from 'react';
import { blankFields, type FieldErrors } from './useAccountAction';
import type { AccountField } from './accountErrors';

/**
 * The blank-field check of an account form and its attempt count (each failed attempt moves focus to the
 * form's first message). `filledIn` marks what is blank and says whether the form may be sent.
 */
export function useRequiredFields() {
  const [blank, setBlank] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const failed = useCallback(() => setAttempt((n) => n + 1), []);

  const filledIn = useCallback(
    (values: Partial<Record<AccountField, string>>, messages: Partial<Record<AccountField, string>>): boolean => {
      const missing = blankFields(values, messages);
      setBlank(missing);
      if (Object.keys(missing).length === 0) return true;
      failed();
      return false;
    },
    [failed],
  );

  const clear = useCallback(() => setBlank({}), []);
  return { blank, attempt, filledIn, failed, clear };
}
