type QueryValue = string | number | undefined | null;

/** A query string from the given keys in order: text trimmed, empty text and non-finite numbers left out. */
export function queryParams<T extends object>(values: T, order: readonly (keyof T & string)[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of order) {
    const value = values[key] as QueryValue;
    if (value === undefined || value === null) continue;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) params.set(key, String(value));
      continue;
    }
    const text = value.trim();
    if (text !== '') params.set(key, text);
  }
  return params;
}
