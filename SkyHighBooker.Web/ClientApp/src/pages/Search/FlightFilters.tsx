import type { FormEvent } from 'react';
import { FormField } from '../../components/FormField';
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
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply();
  }

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-heading" data-testid="flight-filters">
      <h2 id="filters-heading" className="filters__heading">
        Filters
      </h2>
      <FormField id="airline" label="Airline" errors={errors.airline}>
        {(control) => (
          <>
            <input
              {...control}
              name="airline"
              type="text"
              className="input"
              list="airline-options"
              autoComplete="off"
              value={criteria.airline}
              onChange={(event) => onChange({ airline: event.target.value })}
            />
            <datalist id="airline-options">
              {airlines.map((airline) => (
                <option key={airline} value={airline} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <FormField id="maxPrice" label="Max price (USD)" errors={errors.maxPrice}>
        {(control) => (
          <input
            {...control}
            name="maxPrice"
            type="number"
            inputMode="decimal"
            step="0.01"
            className="input"
            value={criteria.maxPrice}
            onChange={(event) => onChange({ maxPrice: event.target.value })}
          />
        )}
      </FormField>
      <fieldset className="filters__window">
        <legend>Departure time</legend>
        <FormField id="departAfter" label="After" errors={errors.departAfter}>
          {(control) => (
            <input
              {...control}
              name="departAfter"
              type="time"
              className="input"
              value={criteria.departAfter}
              onChange={(event) => onChange({ departAfter: event.target.value })}
            />
          )}
        </FormField>
        <FormField id="departBefore" label="Before" errors={errors.departBefore}>
          {(control) => (
            <input
              {...control}
              name="departBefore"
              type="time"
              className="input"
              value={criteria.departBefore}
              onChange={(event) => onChange({ departBefore: event.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
