import type { FormEvent } from 'react';
import { AirportField } from '../../components/AirportField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { SearchCriteria, SearchFieldName, TripType } from './searchCriteria';
import { TripTypeChoice } from './TripTypeChoice';
import './tripSearch.css';

export type FieldErrors = Partial<Record<SearchFieldName, string[]>>;

interface SearchFormProps {
  criteria: SearchCriteria;
  errors: FieldErrors;
  searching: boolean;
  onChange: (change: Partial<SearchCriteria>) => void;
  onSubmit: () => void;
}

const passengerCounts = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export function SearchForm({ criteria, errors, searching, onChange, onSubmit }: SearchFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="search-form" onSubmit={submit} noValidate aria-label="Flight search" data-testid="flight-search-form">
      <TripTypeChoice value={criteria.trip} onChange={(trip: TripType) => onChange({ trip })} />
      <div className="search-form__route">
        <AirportField
          id="from"
          name="from"
          label="From"
          errors={errors.from}
          placeholder="City or airport"
          value={criteria.from}
          onChange={(from) => onChange({ from })}
        />
        <button
          type="button"
          className="search-form__swap"
          aria-label="Swap origin and destination"
          title="Swap origin and destination"
          onClick={() => onChange({ from: criteria.to, to: criteria.from })}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        <AirportField
          id="to"
          name="to"
          label="To"
          errors={errors.to}
          placeholder="City or airport"
          value={criteria.to}
          onChange={(to) => onChange({ to })}
        />
      </div>
      <div className="search-form__dates">
        <TextField
          id="date"
          name="date"
          type="date"
          label="Departure date"
          errors={errors.date}
          value={criteria.date}
          onChange={(date) => onChange({ date })}
        />
        {criteria.trip === 'roundTrip' && (
          <TextField
            id="returnDate"
            name="returnDate"
            type="date"
            label="Return date"
            errors={errors.returnDate}
            min={criteria.date || undefined}
            value={criteria.returnDate}
            onChange={(returnDate) => onChange({ returnDate })}
          />
        )}
      </div>
      <SelectField
        id="passengers"
        name="passengers"
        label="Passengers"
        errors={errors.passengers}
        value={criteria.passengers}
        onChange={(passengers) => onChange({ passengers: Number(passengers) })}
      >
        {!passengerCounts.includes(criteria.passengers) && <option value={criteria.passengers}>{criteria.passengers}</option>}
        {passengerCounts.map((count) => (
          <option key={count} value={count}>
            {count} {count === 1 ? 'passenger' : 'passengers'}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--primary search-form__submit" disabled={searching}>
        {searching ? 'Searching…' : 'Search flights'}
      </button>
    </form>
  );
}
