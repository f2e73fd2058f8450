import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { getFlight, type FlightSummary } from '../../api';

/** Navigation state of the search page once an outbound flight is picked. */
export interface OutboundState {
  outboundFlight: FlightSummary;
}

/**
 * The outbound flight of a round trip: the one just picked (navigation state), or, for a link or a reload,
 * asked of the Api by id. Null while unknown.
 */
export function useChosenOutbound(id: string): FlightSummary | null {
  const state = useLocation().state as Partial<OutboundState> | null;
  const picked = state?.outboundFlight?.id === id ? state.outboundFlight : null;
  const [fetched, setFetched] = useState<FlightSummary | null>(null);

  useEffect(() => {
    if (id === '' || picked) return;
    const abort = new AbortController();
    getFlight(id, abort.signal).then(setFetched, () => undefined);
    return () => abort.abort();
  }, [id, picked]);

  return picked ?? (fetched?.id === id ? fetched : null);
}
