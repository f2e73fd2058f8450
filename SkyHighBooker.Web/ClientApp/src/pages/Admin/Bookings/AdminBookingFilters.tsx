import type { FormEvent } from 'react';
import { bookingStatuses } from '../../../api/adminTypes';
import { FormField } from '../../../components/FormField';
import { bookingStatusLabels, type BookingFilters } from './bookingFilters';

type FilterErrors = Partial<Record<keyof BookingFilters, string[]>>;

interface AdminBookingFiltersProps {
  filters: BookingFilters;
  errors: FilterErrors;
  onChange: (change: Partial<BookingFilters>) => void;
  onApply: () => void;
  onClear: () => void;
}

const textFilters = [
  { key: 'email', label: 'Passenger email', type: 'email' },
  { key: 'flightId', label: 'Flight ID', type: 'text' },
  { key: 'userId', label: 'User ID', type: 'text' },
  { key: 'createdFrom', label: 'Booked from', type: 'date' },
  { key: 'createdTo', label: 'Booked until', type: 'date' },
] as const;

export function AdminBookingFilters({ filters, errors, onChange, onApply, onClear }: AdminBookingFiltersProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply();
  }

  return (
    <form className="admin-filters" onSubmit={submit} aria-label="Find bookings">
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
            {bookingStatuses.map((status) => (
              <option key={status} value={status}>
                {bookingStatusLabels[status]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {textFilters.map(({ key, label, type }) => (
        <FormField key={key} id={key} label={label} errors={errors[key]}>
          {(control) => (
            <input
              {...control}
              name={key}
              type={type}
              className="input"
              autoComplete="off"
              value={filters[key]}
              onChange={(event) => onChange({ [key]: event.target.value })}
            />
          )}
        </FormField>
      ))}
      <div className="admin-filters__actions">
        <button type="submit" className="button button--primary">
          Find bookings
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
