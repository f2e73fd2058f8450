import { AirportInput } from './AirportInput';
import { FormField } from './FormField';

interface AirportFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  placeholder?: string;
}

/** A labelled airport input with its error messages. */
export function AirportField({ id, name, label, value, onChange, errors, placeholder }: AirportFieldProps) {
  return (
    <FormField id={id} label={label} errors={errors}>
      {(control) => <AirportInput {...control} name={name} placeholder={placeholder} value={value} onChange={onChange} />}
    </FormField>
  );
}
