/** A list page's filters as held in its URL: each a text value, plus the page number. */
export type ListFilters<K extends string> = Record<K, string> & { page: number };

export function filtersFromUrl<K extends string>(params: URLSearchParams, keys: readonly K[]): ListFilters<K> {
  const filters = { page: pageOf(params.get('page')) } as ListFilters<K>;
  for (const key of keys) (filters as Record<K, string>)[key] = params.get(key)?.trim() ?? '';
  return filters;
}

/** Writes the filters that have a value, and the page when it is not the first. */
export function filtersToUrl<K extends string>(filters: ListFilters<K>, keys: readonly K[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = (filters as Record<K, string>)[key].trim();
    if (value !== '') params.set(key, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

function pageOf(raw: string | null): number {
  const page = raw !== null && /^\d+$/.test(raw.trim()) ? Number.parseInt(raw, 10) : 1;
  return page >= 1 ? page : 1;
}
