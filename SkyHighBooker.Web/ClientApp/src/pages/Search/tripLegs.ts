import type { SearchCriteria, SearchFieldName } from './searchCriteria';

/**
 * A round trip is chosen one leg at a time: outbound flights first, then, once one is picked, the return
 * flights (destination back to origin on the return date). A one-way trip has only the outbound leg.
 */
export type TripLeg = 'outbound' | 'return';

export function currentLeg(criteria: SearchCriteria): TripLeg {
  return criteria.trip === 'roundTrip' && criteria.outbound !== '' ? 'return' : 'outbound';
}

/** The search for a leg: the return leg flies the route backwards on the return date. */
export function criteriaForLeg(criteria: SearchCriteria, leg: TripLeg): SearchCriteria {
  if (leg === 'outbound') return criteria;
  return { ...criteria, from: criteria.to, to: criteria.from, date: criteria.returnDate };
}

/** The form field a message about the leg's search belongs to: the return leg's "from" is the trip's "to". */
export function formFieldForLeg(field: SearchFieldName, leg: TripLeg): SearchFieldName {
  if (leg === 'outbound') return field;
  const returnLegFields: Partial<Record<SearchFieldName, SearchFieldName>> = { from: 'to', to: 'from', date: 'returnDate' };
  return returnLegFields[field] ?? field;
}

/**
 * A hint before asking the Api: a round trip needs a return date, not before departure. Only a usability
 * check on what the form shows; the Api decides whether the dates can be flown.
 */
export function returnDateHint(criteria: SearchCriteria): string | null {
  if (criteria.trip !== 'roundTrip') return null;
  if (criteria.returnDate.trim() === '') return 'Choose a return date.';
  // yyyy-MM-dd strings compare in calendar order.
  if (criteria.date !== '' && criteria.returnDate < criteria.date) return 'The return date can’t be before the departure date.';
  return null;
}

/** yyyy-MM-dd plus days, for a return date to start from when the traveller switches to a round trip. */
export function addDays(date: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return '';
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return day.toISOString().slice(0, 10);
}
