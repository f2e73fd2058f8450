import { FilterForm } from '../../components/FilterForm';
import { TextField } from '../../components/TextField';
import type { SearchCriteria } from './searchCriteria';
import type { FieldErrors } from './SearchForm';

interface FlightFiltersProps {
  criteria: SearchCriteria;
  errors: FieldErrors;
  /** Airlines in the current results, offered as suggestions. */
  airlines: readonly string[];
  onChange: (change: Partial<SearchCriteria>) => void;
  onApply: () => void;
  onClear: () => void;
}

export function FlightFilters({ criteria, errors, airlines, onChange, onApply, onClear }: FlightFiltersProps) {
  return (
    <FilterForm
      className="filters"
      aria-labelledby="filters-heading"
      data-testid="flight-filters"
      applyLabel="Apply filters"
      onApply={onApply}
      onClear={onClear}
    >
      <h2 id="filters-heading" className="filters__heading">
        Filters
      </h2>
      <TextField
        id="airline"
        name="airline"
        type="text"
        label="Airline"
        errors={errors.airline}
        list="airline-options"
        autoComplete="off"
        value={criteria.airline}
        onChange={(airline) => onChange({ airline })}
      />
      <datalist id="airline-options">
        {airlines.map((airline) => (
          <option key={airline} value={airline} />
        ))}
      </datalist>
      <TextField
        id="maxPrice"
        name="maxPrice"
        type="number"
        inputMode="decimal"
        step="0.01"
        label="Max price (USD)"
        errors={errors.maxPrice}
        value={criteria.maxPrice}
        onChange={(maxPrice) => onChange({ maxPrice })}
      />
      <fieldset className="filters__window">
        <legend>Departure time</legend>
        <TextField
          id="departAfter"
          name="departAfter"
          type="time"
          label="After"
          errors={errors.departAfter}
          value={criteria.departAfter}
          onChange={(departAfter) => onChange({ departAfter })}
        />
        <TextField
          id="departBefore"
          name="departBefore"
          type="time"
          label="Before"
          errors={errors.departBefore}
          value={criteria.departBefore}
          onChange={(departBefore) => onChange({ departBefore })}
        />
      </fieldset>
    </FilterForm>
  );
}
