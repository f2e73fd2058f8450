import type { ReactNode } from 'react';
import { FormField } from './FormField';

interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  errors?: readonly string[];
  /** The options. */
  children: ReactNode;
}

/** A labelled select with its error messages. */
export function SelectField({ id, name, label, value, onChange, errors, children }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {(control) => (
        <select {...control} name={name} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
      )}
    </FormField>
  );
}
