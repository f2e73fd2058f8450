import { useEffect, useState } from 'react';
import { isAbort, searchFlights, type FlightSummary, type PagedResult } from '../../api';
import { toFlightSearchQuery, type SearchCriteria } from './searchCriteria';

export type FlightSearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; result: PagedResult<FlightSummary> }
  | { status: 'error'; error: unknown };

/**
 * Runs the search for the given criteria (none: nothing to search yet). `runKey` changes with every
 * navigation, so pressing Search again repeats the request even when the criteria are the same.
 */
export function useFlightSearch(criteria: SearchCriteria | null, runKey: string): FlightSearchState {
  const [state, setState] = useState<FlightSearchState>({ status: 'idle' });
  const requestKey = criteria ? JSON.stringify(criteria) : '';

  useEffect(() => {
    if (!criteria) {
      setState({ status: 'idle' });
      return;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    searchFlights(toFlightSearchQuery(criteria), abort.signal).then(
      (result) => setState({ status: 'success', result }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
    // criteria is read through requestKey: the same search is not repeated for a new but equal object.
  }, [requestKey, runKey]);

  return state;
}
