import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { bookingStatuses, bookingStatusLabels, type BookingFilters } from './bookingFilters';

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
  return (
    <FilterForm className="admin-filters" aria-label="Find bookings" applyLabel="Find bookings" onApply={onApply} onClear={onClear}>
      <SelectField id="status" name="status" label="Status" errors={errors.status} value={filters.status} onChange={(status) => onChange({ status })}>
        <option value="">Any status</option>
        {bookingStatuses.map((status) => (
          <option key={status} value={status}>
            {bookingStatusLabels[status]}
          </option>
        ))}
      </SelectField>
      {textFilters.map(({ key, label, type }) => (
        <TextField
          key={key}
          id={key}
          name={key}
          type={type}
          label={label}
          errors={errors[key]}
          autoComplete="off"
          value={filters[key]}
          onChange={(value) => onChange({ [key]: value })}
        />
      ))}
    </FilterForm>
  );
}
