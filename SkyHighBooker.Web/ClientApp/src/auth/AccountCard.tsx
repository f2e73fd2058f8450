import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface AccountCardProps {
  title: string;
  intro?: ReactNode;
  /** Links under the card: "Already have an account? Sign in". */
  footer?: ReactNode;
  children: ReactNode;
}

/** The narrow card the sign-in journey's pages share. */
export function AccountCard({ title, intro, footer, children }: AccountCardProps) {
  useEffect(() => {
    document.title = `${title} · Sky High Booker`;
  }, [title]);

  return (
    <div className="account-page">
      <section className="account-card" aria-labelledby="account-card-title">
        <h1 id="account-card-title" className="account-card__title">
          {title}
        </h1>
        {intro && <div className="account-card__intro">{intro}</div>}
        {children}
      </section>
      {footer && <div className="account-page__footer">{footer}</div>}
    </div>
  );
}

interface AccountFormProps {
  label: string;
  testId: string;
  /** The message about the whole form (not one field), e.g. "Incorrect username or password." */
  formError?: string | null;
  /** Changes with every failed submit, so focus moves to the first field in error (or the form's message). */
  attempt: number;
  onSubmit: () => void;
  children: ReactNode;
}

/** A form of the sign-in journey: no browser validation bubbles, the form's own messages instead. */
export function AccountForm({ label, testId, formError, attempt, onSubmit, children }: AccountFormProps) {
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error');
    invalid?.focus();
  }, [attempt]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form ref={formRef} className="account-form" aria-label={label} data-testid={testId} noValidate onSubmit={submit}>
      {formError && (
        <div className="alert alert--error form-error" role="alert" tabIndex={-1} data-testid={`${testId}-error`}>
          {formError}
        </div>
      )}
      {children}
    </form>
  );
}

/** A message above a form: where the code went, that the password changed, that the session ended. */
export function Notice({ children, testId = 'account-notice' }: { children: ReactNode; testId?: string }) {
  return (
    <div className="alert alert--info" role="status" data-testid={testId}>
      {children}
    </div>
  );
}
