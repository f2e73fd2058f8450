import type { FormEvent } from 'react';
import { AirportInput } from '../../../components/AirportInput';
import { FormField } from '../../../components/FormField';
import type { FlightFilters } from './flightFilters';

type FilterErrors = Partial<Record<keyof FlightFilters, string[]>>;

interface AdminFlightFiltersProps {
  filters: FlightFilters;
  errors: FilterErrors;
  onChange: (change: Partial<FlightFilters>) => void;
  onApply: () => void;
  onClear: () => void;
}

export function AdminFlightFilters({ filters, errors, onChange, onApply, onClear }: AdminFlightFiltersProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply();
  }

  return (
    <form className="admin-filters" onSubmit={submit} aria-label="Find flights">
      <FormField id="flightNumber" label="Flight number" errors={errors.flightNumber}>
        {(control) => (
          <input
            {...control}
            name="flightNumber"
            className="input"
            autoComplete="off"
            value={filters.flightNumber}
            onChange={(event) => onChange({ flightNumber: event.target.value })}
          />
        )}
      </FormField>
      <FormField id="from" label="From" errors={errors.from}>
        {(control) => <AirportInput {...control} name="from" value={filters.from} onChange={(from) => onChange({ from })} />}
      </FormField>
      <FormField id="to" label="To" errors={errors.to}>
        {(control) => <AirportInput {...control} name="to" value={filters.to} onChange={(to) => onChange({ to })} />}
      </FormField>
      <FormField id="date" label="Departure date" errors={errors.date}>
        {(control) => (
          <input
            {...control}
            name="date"
            type="date"
            className="input"
            value={filters.date}
            onChange={(event) => onChange({ date: event.target.value })}
          />
        )}
      </FormField>
      <FormField id="status" label="Status" errors={errors.status}>
        {(control) => (
          <select
            {...control}
            name="status"
            className="input"
            value={filters.status}
            onChange={(event) => onChange({ status: event.target.value })}
          >
            <option value="">Any status</option>
            <option value="scheduled">Scheduled</option>
            <option value="cancelled">Cancelled</option>
          </select>
        )}
      </FormField>
      <div className="admin-filters__actions">
        <button type="submit" className="button button--primary">
          Find flights
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
