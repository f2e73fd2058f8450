import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormField } from './FormField';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  hint?: ReactNode;
  /** Classes of the field around the label and the input; `className` goes to the input, after "input". */
  fieldClassName?: string;
}

/** A labelled input (text, date, time, email…) with its hint and error messages. */
export function TextField({ id, label, value, onChange, errors, hint, fieldClassName, className, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} errors={errors} hint={hint} className={fieldClassName}>
      {(control) => (
        <input
          {...control}
          {...input}
          className={className ? `input ${className}` : 'input'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
