import { AirportField } from '../../../components/AirportField';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
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
  return (
    <FilterForm className="admin-filters" aria-label="Find flights" applyLabel="Find flights" onApply={onApply} onClear={onClear}>
      <TextField
        id="flightNumber"
        name="flightNumber"
        label="Flight number"
        errors={errors.flightNumber}
        autoComplete="off"
        value={filters.flightNumber}
        onChange={(flightNumber) => onChange({ flightNumber })}
      />
      <AirportField id="from" name="from" label="From" errors={errors.from} value={filters.from} onChange={(from) => onChange({ from })} />
      <AirportField id="to" name="to" label="To" errors={errors.to} value={filters.to} onChange={(to) => onChange({ to })} />
      <TextField
        id="date"
        name="date"
        type="date"
        label="Departure date"
        errors={errors.date}
        value={filters.date}
        onChange={(date) => onChange({ date })}
      />
      <SelectField id="status" name="status" label="Status" errors={errors.status} value={filters.status} onChange={(status) => onChange({ status })}>
        <option value="">Any status</option>
        <option value="scheduled">Scheduled</option>
        <option value="cancelled">Cancelled</option>
      </SelectField>
    </FilterForm>
  );
}
