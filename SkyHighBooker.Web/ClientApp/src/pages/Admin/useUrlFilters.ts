import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromUrl, filtersToUrl, type ListFilters } from './listFilters';

/**
 * A list page's filters: `committed` are the ones in the URL, which the list shows; `draft` is what the form
 * holds until it is applied. Applying starts again from the first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const committed = useMemo(() => filtersFromUrl(new URLSearchParams(query), keys), [query, keys]);
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);

  const commit = (filters: ListFilters<K>) => setParams(filtersToUrl(filters, keys));

  return {
    /** The URL's query: it changes exactly when the committed filters do. */
    query,
    committed,
    draft,
    change: (change: Partial<ListFilters<K>>) => setDraft((current) => ({ ...current, ...change })),
    apply: () => commit({ ...draft, page: 1 }),
    clear: () => commit(filtersFromUrl(new URLSearchParams(), keys)),
    goToPage: (page: number) => commit({ ...committed, page }),
  };
}
