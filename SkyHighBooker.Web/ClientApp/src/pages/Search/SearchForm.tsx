import type { FormEvent } from 'react';
import { AirportInput } from '../../components/AirportInput';
import { FormField } from '../../components/FormField';
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
        <FormField id="from" label="From" errors={errors.from}>
          {(control) => (
            <AirportInput
              {...control}
              name="from"
              placeholder="City or airport"
              value={criteria.from}
              onChange={(from) => onChange({ from })}
            />
          )}
        </FormField>
        <button
          type="button"
          className="search-form__swap"
          aria-label="Swap origin and destination"
          title="Swap origin and destination"
          onClick={() => onChange({ from: criteria.to, to: criteria.from })}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        <FormField id="to" label="To" errors={errors.to}>
          {(control) => (
            <AirportInput
              {...control}
              name="to"
              placeholder="City or airport"
              value={criteria.to}
              onChange={(to) => onChange({ to })}
            />
          )}
        </FormField>
      </div>
      <div className="search-form__dates">
        <FormField id="date" label="Departure date" errors={errors.date}>
          {(control) => (
            <input
              {...control}
              name="date"
              type="date"
              className="input"
              value={criteria.date}
              onChange={(event) => onChange({ date: event.target.value })}
            />
          )}
        </FormField>
        {criteria.trip === 'roundTrip' && (
          <FormField id="returnDate" label="Return date" errors={errors.returnDate}>
            {(control) => (
              <input
                {...control}
                name="returnDate"
                type="date"
                className="input"
                min={criteria.date || undefined}
                value={criteria.returnDate}
                onChange={(event) => onChange({ returnDate: event.target.value })}
              />
            )}
          </FormField>
        )}
      </div>
      <FormField id="passengers" label="Passengers" errors={errors.passengers}>
        {(control) => (
          <select
            {...control}
            name="passengers"
            className="input"
            value={criteria.passengers}
            onChange={(event) => onChange({ passengers: Number(event.target.value) })}
          >
            {!passengerCounts.includes(criteria.passengers) && (
              <option value={criteria.passengers}>{criteria.passengers}</option>
            )}
            {passengerCounts.map((count) => (
              <option key={count} value={count}>
                {count} {count === 1 ? 'passenger' : 'passengers'}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button--primary search-form__submit" disabled={searching}>
        {searching ? 'Searching…' : 'Search flights'}
      </button>
    </form>
  );
}
