import type { FlightSort, FlightSummary, PagedResult } from '../../api';
import { FormField } from '../../components/FormField';
import { Pagination } from '../../components/Pagination';
import { FlightResultCard } from './FlightResultCard';
import { describeResultRange } from './resultRange';
import { flightSortLabels } from './flightSorts';

interface FlightResultsProps {
  /** What the list is for, e.g. "Choose your return flight". */
  heading?: string;
  result: PagedResult<FlightSummary>;
  sort: FlightSort;
  filtered: boolean;
  onSortChange: (sort: FlightSort) => void;
  onPageChange: (page: number) => void;
  onClearFilters: () => void;
  onSelect?: (flight: FlightSummary) => void;
}

const sortOptions = Object.entries(flightSortLabels).map(([value, label]) => ({ value, label }));

export function FlightResults({
  heading = 'Flights',
  result,
  sort,
  filtered,
  onSortChange,
  onPageChange,
  onClearFilters,
  onSelect,
}: FlightResultsProps) {
  return (
    <section className="results" aria-labelledby="results-heading">
      <div className="results__toolbar">
        <div>
          <h2 id="results-heading" className="results__heading">
            {heading}
          </h2>
          <p className="results__total" data-testid="results-total" aria-live="polite">
            {describeResultRange(result.page, result.pageSize, result.items.length, result.totalCount)}
          </p>
        </div>
        <FormField id="sort" label="Sort by" className="results__sort">
          {(control) => (
            <select
              {...control}
              name="sort"
              className="input"
              value={sort}
              onChange={(event) => onSortChange(event.target.value as FlightSort)}
            >
              {sortOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      {result.items.length === 0 ? (
        <div className="empty-state" data-testid="no-results">
          <p className="empty-state__title">No flights found.</p>
          <p>
            {filtered
              ? 'No flight matches these filters. Try widening them.'
              : 'Try another date or nearby airports.'}
          </p>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={onClearFilters}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <ol className="results__list" aria-label="Flights found">
          {result.items.map((flight) => (
            <FlightResultCard key={flight.id} flight={flight} onSelect={onSelect} />
          ))}
        </ol>
      )}

      <Pagination page={result.page} totalPages={result.totalPages} onPageChange={onPageChange} label="Result pages" />
    </section>
  );
}

export function FlightResultsLoading() {
  return (
    <section className="results" aria-busy="true" aria-labelledby="results-loading">
      <p id="results-loading" className="results__total" role="status" data-testid="results-loading">
        <span className="spinner" aria-hidden="true" /> Searching flights…
      </p>
      <ol className="results__list" aria-hidden="true">
        {[0, 1, 2].map((n) => (
          <li key={n} className="flight flight--placeholder">
            <div className="flight__card" />
          </li>
        ))}
      </ol>
    </section>
  );
}
