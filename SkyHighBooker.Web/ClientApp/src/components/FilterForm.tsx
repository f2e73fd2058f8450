import type { FormEvent, FormHTMLAttributes, ReactNode } from 'react';

interface FilterFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'className'> {
  /** The form's CSS block; its buttons sit in `${className}__actions`. */
  className: string;
  applyLabel: string;
  onApply: () => void;
  onClear: () => void;
  children: ReactNode;
}

/** Filters for a list: the fields, then a button to apply them and one to clear them. */
export function FilterForm({ className, applyLabel, onApply, onClear, children, ...form }: FilterFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply();
  }

  return (
    <form {...form} className={className} onSubmit={submit}>
      {children}
      <div className={`${className}__actions`}>
        <button type="submit" className="button button--primary">
          {applyLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
