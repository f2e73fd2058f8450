import { useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ApiError, messagesByField, type FlightSort } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FlightFilters } from './FlightFilters';
import { FlightResults, FlightResultsLoading } from './FlightResults';
import {
  criteriaFromUrl,
  criteriaToUrl,
  emptyFilters,
  hasFilters,
  isSearchRequested,
  searchFieldNames,
  type SearchCriteria,
} from './searchCriteria';
import { SearchForm, type FieldErrors } from './SearchForm';
import { useFlightSearch } from './useFlightSearch';

/** Flight search: the criteria live in the URL, so a link or the back button reproduces a search. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const query = params.toString();
  const committed = useMemo(() => criteriaFromUrl(new URLSearchParams(query)), [query]);
  const requested = isSearchRequested(params);

  // What the traveller is editing; reset whenever the URL changes (search, paging, back/forward).
  const [draft, setDraft] = useState<SearchCriteria>(committed);
  useEffect(() => setDraft(committed), [committed]);

  const [retries, setRetries] = useState(0);
  const search = useFlightSearch(requested ? committed : null, `${location.key}:${retries}`);

  const problem = search.status === 'error' && search.error instanceof ApiError ? search.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, searchFieldNames);
  const fieldErrors = byField as FieldErrors;
  const hasFieldMessages = Object.keys(byField).length > 0;

  const airlines = useMemo(
    () =>
      search.status === 'success'
        ? [...new Set(search.result.items.map((f) => f.airline))].sort((a, b) => a.localeCompare(b))
        : [],
    [search],
  );

  const change = (update: Partial<SearchCriteria>) => setDraft((current) => ({ ...current, ...update }));
  const commit = (criteria: SearchCriteria) => setParams(criteriaToUrl(criteria));
  const searchFromFirstPage = () => commit({ ...draft, page: 1 });
  const clearFilters = () => commit({ ...committed, ...emptyFilters, page: 1 });
  const changeSort = (sort: FlightSort) => commit({ ...committed, sort, page: 1 });
  const changePage = (page: number) => {
    commit({ ...committed, page });
    window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };

  useEffect(() => {
    document.title =
      requested && committed.from && committed.to
        ? `${committed.from} → ${committed.to} · Sky High Booker`
        : 'Search flights · Sky High Booker';
  }, [requested, committed.from, committed.to]);

  return (
    <div className="search-page">
      <section className="search-hero">
        <h1 id="search-heading" className="search-hero__title">
          Where to next?
        </h1>
        <SearchForm
          criteria={draft}
          errors={fieldErrors}
          searching={search.status === 'loading'}
          onChange={change}
          onSubmit={searchFromFirstPage}
        />
      </section>

      {search.status === 'error' && (
        <ProblemAlert
          error={search.error}
          unmatchedMessages={unmatched}
          hasFieldMessages={hasFieldMessages}
          onRetry={() => setRetries((n) => n + 1)}
        />
      )}

      {requested ? (
        <div className="search-page__body">
          <aside className="search-page__filters">
            <FlightFilters
              criteria={draft}
              errors={fieldErrors}
              airlines={airlines}
              onChange={change}
              onApply={searchFromFirstPage}
              onClear={clearFilters}
            />
          </aside>
          <div className="search-page__results">
            {search.status === 'loading' && <FlightResultsLoading />}
            {search.status === 'success' && (
              <FlightResults
                result={search.result}
                sort={committed.sort}
                filtered={hasFilters(committed)}
                onSortChange={changeSort}
                onPageChange={changePage}
                onClearFilters={clearFilters}
              />
            )}
          </div>
        </div>
      ) : (
        <div className="empty-state empty-state--welcome" data-testid="search-prompt">
          <p className="empty-state__title">Find your flight</p>
          <p>Choose where you are flying from and to, pick a date, and search.</p>
        </div>
      )}
    </div>
  );
}
