import { AirportField } from '../../../components/AirportField';
import { FilterForm } from '../../../components/FilterForm';
import { TextField } from '../../../components/TextField';
import type { DashboardFilters } from './dashboardFilters';

type FilterErrors = Partial<Record<keyof DashboardFilters, string[]>>;

interface DashboardFilterFormProps {
  filters: DashboardFilters;
  errors: FilterErrors;
  onChange: (change: Partial<DashboardFilters>) => void;
  onApply: () => void;
  onClear: () => void;
}

/** The days (UTC) and the route every chart of the dashboard shows; empty days mean the last 30. */
export function DashboardFilterForm({ filters, errors, onChange, onApply, onClear }: DashboardFilterFormProps) {
  return (
    <FilterForm className="admin-filters" aria-label="Dashboard filters" applyLabel="Show" onApply={onApply} onClear={onClear}>
      <TextField id="start" name="start" type="date" label="From day (UTC)" errors={errors.start} value={filters.start}
        onChange={(start) => onChange({ start })} />
      <TextField id="end" name="end" type="date" label="To day (UTC)" errors={errors.end} value={filters.end}
        onChange={(end) => onChange({ end })} />
      <AirportField id="from" name="from" label="Route from" placeholder="Any airport" errors={errors.from} value={filters.from}
        onChange={(from) => onChange({ from })} />
      <AirportField id="to" name="to" label="Route to" placeholder="Any airport" errors={errors.to} value={filters.to}
        onChange={(to) => onChange({ to })} />
    </FilterForm>
  );
}
