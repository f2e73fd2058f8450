import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, messagesByField, type FlightSummary } from '../../../api';
import type { FlightDraftAsTyped } from '../../../api/adminTypes';
import { AirportField } from '../../../components/AirportField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TextField } from '../../../components/TextField';
import { flightFieldNames, routeTimeZones, toFlightDraft, type FlightFieldName, type FlightFormValues } from './flightForm';

interface FlightFormProps {
  initial: FlightFormValues;
  /** Creating asks for the seats still on sale; changing a flight keeps the seats already taken. */
  mode: 'create' | 'edit';
  save: (draft: FlightDraftAsTyped) => Promise<FlightSummary>;
  onSaved: (flight: FlightSummary) => void;
}

/** A flight as an admin writes it; the Api validates it, and its messages are shown next to their fields. */
export function FlightForm({ initial, mode, save, onSaved }: FlightFormProps) {
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const problem = error instanceof ApiError ? error.problem : null;
  const { byField, unmatched } = messagesByField(problem, flightFieldNames);
  const errors = byField as Partial<Record<FlightFieldName, string[]>>;

  const set = (field: FlightFieldName) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const draft = toFlightDraft(values, await routeTimeZones(values));
      onSaved(await save(draft));
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  }

  const textField = (field: FlightFieldName, label: string, extra: { hint?: string; inputMode?: 'numeric' | 'decimal'; autoCapitalize?: string } = {}) => (
    <TextField
      id={field}
      name={field}
      type="text"
      label={label}
      errors={errors[field]}
      autoComplete="off"
      {...extra}
      value={values[field]}
      onChange={set(field)}
    />
  );

  const timeField = (field: 'departureTime' | 'arrivalTime', label: string, hint: string) => (
    <TextField
      id={field}
      name={field}
      type="datetime-local"
      label={label}
      errors={errors[field]}
      hint={hint}
      value={values[field]}
      onChange={set(field)}
    />
  );

  const airportField = (field: 'from' | 'to', label: string) => (
    <AirportField
      id={field}
      name={field}
      label={label}
      errors={errors[field]}
      placeholder="City or airport"
      value={values[field]}
      onChange={set(field)}
    />
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New flight' : 'Edit flight'}>
      {error !== null && (
        <ProblemAlert
          error={error}
          unmatchedMessages={unmatched}
          hasFieldMessages={Object.keys(byField).length > 0}
          testId="flight-form-error"
        />
      )}
      <div className="admin-form__grid">
        {textField('flightNumber', 'Flight number', { hint: 'Airline code and number, e.g. SH101', autoCapitalize: 'characters' })}
        {textField('airline', 'Airline')}
        {airportField('from', 'From')}
        {airportField('to', 'To')}
        {timeField('departureTime', 'Departure', 'Local time at the origin airport')}
        {timeField('arrivalTime', 'Arrival', 'Local time at the destination airport')}
        {textField('price', 'Price (USD)', { inputMode: 'decimal' })}
        {textField('aircraft', 'Aircraft')}
        {textField('totalSeats', 'Total seats', { inputMode: 'numeric' })}
        {mode === 'create' &&
          textField('availableSeats', 'Available seats', { inputMode: 'numeric', hint: 'Leave empty to sell every seat' })}
      </div>
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : mode === 'create' ? 'Create flight' : 'Save changes'}
        </button>
        <Link to="/admin/flights" className="button button--ghost">
          Back to flights
        </Link>
      </div>
    </form>
  );
}
