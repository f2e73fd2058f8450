import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError, messagesByField, type FlightSort, type FlightSummary, type Itinerary } from '../../api';
import { bookFlightPath, bookTripPath } from '../../booking/bookingPaths';
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
  type SearchFieldName,
} from './searchCriteria';
import { ChosenOutbound } from './ChosenOutbound';
import { ConnectionResults } from './ConnectionResults';
import { FareCalendarStrip } from './FareCalendarStrip';
import { SearchForm, type FieldErrors } from './SearchForm';
import {
  addDays,
  criteriaForLeg,
  currentLeg,
  formFieldForLeg,
  returnDateHint,
  type TripLeg,
} from './tripLegs';
import { useChosenOutbound, type OutboundState } from './useChosenOutbound';
import { useFlightSearch } from './useFlightSearch';

const legHeadings: Record<TripLeg, string> = {
  outbound: 'Choose your outbound flight',
  return: 'Choose your return flight',
};

/**
 * Flight search: the criteria live in the URL, so a link or the back button reproduces a search. A round trip
 * lists outbound flights, then (once one is picked) return flights; sort and filters apply to the leg shown.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = params.toString();
  const committed = useMemo(() => criteriaFromUrl(new URLSearchParams(query)), [query]);
  const requested = isSearchRequested(params);

  // What the traveller is editing; reset whenever the URL changes (search, paging, back/forward).
  const [draft, setDraft] = useState<SearchCriteria>(committed);
  const [dateHint, setDateHint] = useState<string | null>(null);
  useEffect(() => {
    setDraft(committed);
    setDateHint(null);
  }, [committed]);

  const leg = currentLeg(committed);
  const outbound = useChosenOutbound(leg === 'return' ? committed.outbound : '');
  const [retries, setRetries] = useState(0);
  const search = useFlightSearch(requested ? criteriaForLeg(committed, leg) : null, `${location.key}:${retries}`);

  const problem = search.status === 'error' && search.error instanceof ApiError ? search.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, searchFieldNames);
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(byField)) {
    fieldErrors[formFieldForLeg(field as SearchFieldName, leg)] = messages;
  }
  if (dateHint) fieldErrors.returnDate = [dateHint];
  const hasFieldMessages = Object.keys(byField).length > 0;

  const airlines = useMemo(
    () =>
      search.status === 'success'
        ? [...new Set(search.result.items.map((f) => f.airline))].sort((a, b) => a.localeCompare(b))
        : [],
    [search],
  );

  const change = (update: Partial<SearchCriteria>) =>
    setDraft((current) => {
      const next = { ...current, ...update };
      // A return date to start from when switching to a round trip.
      if (update.trip === 'roundTrip' && next.returnDate === '') next.returnDate = addDays(next.date, daysAwayByDefault);
      return next;
    });
  const commit = (criteria: SearchCriteria, state?: OutboundState) => setParams(criteriaToUrl(criteria), { state });
  // A new search starts again from the outbound leg.
  const runSearch = () => {
    const hint = returnDateHint(draft);
    setDateHint(hint);
    if (!hint) commit({ ...draft, outbound: '', page: 1 });
  };
  const applyFilters = () => commit({ ...committed, ...filtersOf(draft), page: 1 }, outboundState(outbound));
  const clearFilters = () => commit({ ...committed, ...emptyFilters, page: 1 }, outboundState(outbound));
  const changeSort = (sort: FlightSort) => commit({ ...committed, sort, page: 1 }, outboundState(outbound));
  const changePage = (page: number) => {
    commit({ ...committed, page }, outboundState(outbound));
    window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };

  function select(flight: FlightSummary) {
    if (committed.trip === 'oneWay') {
      navigate(bookFlightPath(flight.id, { passengers: committed.passengers }));
    } else if (leg === 'outbound') {
      // The return leg starts unfiltered: times and prices that suit one way rarely suit the other.
      commit({ ...committed, ...emptyFilters, outbound: flight.id, page: 1 }, { outboundFlight: flight });
      window.scrollTo?.({ top: 0, behavior: 'smooth' });
    } else {
      // Outbound and return are one booking and one payment.
      navigate(bookTripPath({ flightIds: [committed.outbound, flight.id], passengers: committed.passengers }));
    }
  }
  const selectItinerary = (itinerary: Itinerary) =>
    navigate(bookTripPath({ flightIds: itinerary.legs.map((leg) => leg.id), passengers: committed.passengers }));
  // One-way searches also get the month's fares and the one-stop itineraries; a round trip is picked leg by leg as before.
  const withItineraries = requested && committed.trip === 'oneWay' && committed.from !== '' && committed.to !== '' && committed.date !== '';
  const pickDay = (date: string) => commit({ ...committed, date, page: 1 });
  const changeOutbound = () => commit({ ...committed, ...emptyFilters, outbound: '', page: 1 });

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
          onSubmit={runSearch}
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

      {requested && leg === 'return' && <ChosenOutbound flight={outbound} onChange={changeOutbound} />}

      {requested ? (
        <div className="search-page__body">
          <aside className="search-page__filters">
            <FlightFilters
              criteria={draft}
              errors={fieldErrors}
              airlines={airlines}
              onChange={change}
              onApply={applyFilters}
              onClear={clearFilters}
            />
          </aside>
          <div className="search-page__results">
            {withItineraries && (
              <FareCalendarStrip
                from={committed.from}
                to={committed.to}
                date={committed.date}
                passengers={committed.passengers}
                onPick={pickDay}
              />
            )}
            {search.status === 'loading' && <FlightResultsLoading />}
            {search.status === 'success' && (
              <FlightResults
                heading={committed.trip === 'roundTrip' ? legHeadings[leg] : 'Flights'}
                result={search.result}
                sort={committed.sort}
                filtered={hasFilters(committed)}
                onSortChange={changeSort}
                onPageChange={changePage}
                onClearFilters={clearFilters}
                onSelect={select}
              />
            )}
            {withItineraries && search.status === 'success' && (
              <ConnectionResults
                from={committed.from}
                to={committed.to}
                date={committed.date}
                passengers={committed.passengers}
                onSelect={selectItinerary}
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

const daysAwayByDefault = 7;

const filtersOf = ({ airline, maxPrice, departAfter, departBefore }: SearchCriteria) => ({
  airline,
  maxPrice,
  departAfter,
  departBefore,
});

/** Keeps the picked outbound flight in the navigation state as the return leg is sorted, filtered and paged. */
function outboundState(flight: FlightSummary | null): OutboundState | undefined {
  return flight ? { outboundFlight: flight } : undefined;
}
