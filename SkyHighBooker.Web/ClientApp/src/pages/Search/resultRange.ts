/** "Showing 21–40 of 134 flights" for page 2 of 20 per page; a short page ends at its last item. */
export function describeResultRange(page: number, pageSize: number, itemCount: number, totalCount: number): string {
  if (totalCount === 0 || itemCount === 0) return `Showing 0 of ${totalCount} ${flightsWord(totalCount)}`;
  const first = (page - 1) * pageSize + 1;
  const last = first + itemCount - 1;
  return `Showing ${first}–${last} of ${totalCount} ${flightsWord(totalCount)}`;
}

function flightsWord(count: number): string {
  return count === 1 ? 'flight' : 'flights';
}
