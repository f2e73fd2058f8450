import type { FlightSearchQuery, FlightSort } from '../../api';
import { isFlightSort } from './flightSorts';
import { localDateAfter } from '../../format';

export type TripType = 'oneWay' | 'roundTrip';

/** What the search page asks for: the form, the filters, the order and the page, as held in the URL. */
export interface SearchCriteria {
  trip: TripType;
  from: string;
  to: string;
  date: string;
  /** yyyy-MM-dd; only for a round trip. */
  returnDate: string;
  /** The outbound flight chosen on a round trip; the page then lists return flights. */
  outbound: string;
  passengers: number;
  sort: FlightSort;
  airline: string;
  maxPrice: string;
  departAfter: string;
  departBefore: string;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;
export const defaultSort: FlightSort = 'price';
export const daysAheadByDefault = 7;

/**
 * Fields that stay on screen when a search fails, named as the Api names them in validation problems.
 * Messages for any other key (sort, page, pageSize, ...) are shown in the general message.
 */
export const searchFieldNames = [
  'from',
  'to',
  'date',
  'returnDate',
  'passengers',
  'airline',
  'maxPrice',
  'departAfter',
  'departBefore',
] as const;
export type SearchFieldName = (typeof searchFieldNames)[number];

const roundTripInUrl = 'round';

export const emptyFilters = { airline: '', maxPrice: '', departAfter: '', departBefore: '' } as const;

export function defaultCriteria(today: Date = new Date()): SearchCriteria {
  return {
    trip: 'oneWay',
    from: '',
    to: '',
    date: localDateAfter(daysAheadByDefault, today),
    returnDate: '',
    outbound: '',
    passengers: 1,
    sort: defaultSort,
    ...emptyFilters,
    page: 1,
    pageSize: defaultPageSize,
  };
}

/** A page URL asks for a search once it names an origin or a destination. */
export function isSearchRequested(params: URLSearchParams): boolean {
  return params.has('from') || params.has('to');
}

/** Reads the criteria from a page URL; what is missing or unreadable takes its default. */
export function criteriaFromUrl(params: URLSearchParams, today: Date = new Date()): SearchCriteria {
  const defaults = defaultCriteria(today);
  const text = (key: string, fallback: string) => params.get(key)?.trim() || fallback;
  const sort = params.get('sort')?.trim().toLowerCase();

  const trip: TripType = params.get('trip') === roundTripInUrl ? 'roundTrip' : 'oneWay';
  return {
    trip,
    from: text('from', defaults.from),
    to: text('to', defaults.to),
    date: text('date', defaults.date),
    returnDate: trip === 'roundTrip' ? text('returnDate', '') : '',
    outbound: trip === 'roundTrip' ? text('outbound', '') : '',
    passengers: wholeNumber(params.get('passengers'), defaults.passengers),
    sort: isFlightSort(sort) ? sort : defaults.sort,
    airline: text('airline', ''),
    maxPrice: text('maxPrice', ''),
    departAfter: text('departAfter', ''),
    departBefore: text('departBefore', ''),
    page: wholeNumber(params.get('page'), defaults.page),
    pageSize: wholeNumber(params.get('pageSize'), defaults.pageSize),
  };
}

/**
 * Writes criteria to a page URL so that a link reproduces the search. The date is always written (the
 * default moves with the calendar); the page and page size only when not the first page / default size.
 */
export function criteriaToUrl(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    const v = value.trim();
    if (v !== '') params.set(key, v);
  };
  if (criteria.trip === 'roundTrip') params.set('trip', roundTripInUrl);
  put('from', criteria.from);
  put('to', criteria.to);
  put('date', criteria.date);
  if (criteria.trip === 'roundTrip') {
    put('returnDate', criteria.returnDate);
    put('outbound', criteria.outbound);
  }
  params.set('passengers', String(criteria.passengers));
  params.set('sort', criteria.sort);
  put('airline', criteria.airline);
  put('maxPrice', criteria.maxPrice);
  put('departAfter', criteria.departAfter);
  put('departBefore', criteria.departBefore);
  if (criteria.page !== 1) params.set('page', String(criteria.page));
  if (criteria.pageSize !== defaultPageSize) params.set('pageSize', String(criteria.pageSize));
  return params;
}

/** The Api query for the criteria as they stand (for a round trip, see criteriaForLeg first). */
export function toFlightSearchQuery(criteria: SearchCriteria): FlightSearchQuery {
  const { from, to, date, passengers, sort, airline, maxPrice, departAfter, departBefore, page, pageSize } = criteria;
  return { from, to, date, passengers, sort, airline, maxPrice, departAfter, departBefore, page, pageSize };
}

export function hasFilters(criteria: SearchCriteria): boolean {
  return [criteria.airline, criteria.maxPrice, criteria.departAfter, criteria.departBefore].some(
    (v) => v.trim() !== '',
  );
}

function wholeNumber(raw: string | null, fallback: number): number {
  if (raw === null || !/^\s*-?\d+\s*$/.test(raw)) return fallback;
  return Number.parseInt(raw, 10);
}
