/** How listed things are called, one and many. */
export interface Noun {
  one: string;
  many: string;
}

const flights: Noun = { one: 'flight', many: 'flights' };

/** "Showing 21–40 of 134 flights" for page 2 of 20 per page; a short page ends at its last item. */
export function describeResultRange(
  page: number,
  pageSize: number,
  itemCount: number,
  totalCount: number,
  noun: Noun = flights,
): string {
  const word = totalCount === 1 ? noun.one : noun.many;
  if (totalCount === 0 || itemCount === 0) return `Showing 0 of ${totalCount} ${word}`;
  const first = (page - 1) * pageSize + 1;
  const last = first + itemCount - 1;
  return `Showing ${first}–${last} of ${totalCount} ${word}`;
}
