import { describe, expect, it } from 'vitest';
import { criteriaFromUrl, criteriaToUrl, defaultCriteria, hasFilters, isSearchRequested } from './searchCriteria';

const today = new Date(2026, 10, 25, 10, 0);

describe('defaultCriteria', () => {
  it('searches one passenger a week from today, cheapest first, first page of 20', () => {
    expect(defaultCriteria(today)).toEqual({
      trip: 'oneWay',
      from: '',
      to: '',
      date: '2026-12-02',
      returnDate: '',
      outbound: '',
      passengers: 1,
      sort: 'price',
      airline: '',
      maxPrice: '',
      departAfter: '',
      departBefore: '',
      page: 1,
      pageSize: 20,
    });
  });
});

describe('criteriaFromUrl', () => {
  it('reads every search parameter', () => {
    const params = new URLSearchParams(
      'from=JFK&to=LAX&date=2026-12-01&passengers=3&sort=departure&airline=Sky%20Blue&maxPrice=300' +
        '&departAfter=06:00&departBefore=10:00&page=4&pageSize=50',
    );
    expect(criteriaFromUrl(params, today)).toEqual({
      trip: 'oneWay',
      from: 'JFK',
      to: 'LAX',
      date: '2026-12-01',
      returnDate: '',
      outbound: '',
      passengers: 3,
      sort: 'departure',
      airline: 'Sky Blue',
      maxPrice: '300',
      departAfter: '06:00',
      departBefore: '10:00',
      page: 4,
      pageSize: 50,
    });
  });

  it('takes defaults for what is missing', () => {
    expect(criteriaFromUrl(new URLSearchParams('from=JFK'), today)).toEqual({ ...defaultCriteria(today), from: 'JFK' });
  });

  it('takes defaults for numbers and orders it cannot read', () => {
    const criteria = criteriaFromUrl(new URLSearchParams('passengers=two&page=x&sort=cheapest'), today);
    expect(criteria.passengers).toBe(1);
    expect(criteria.page).toBe(1);
    expect(criteria.sort).toBe('price');
  });

  it('passes numbers through for the server to judge', () => {
    expect(criteriaFromUrl(new URLSearchParams('passengers=12&pageSize=500'), today)).toMatchObject({
      passengers: 12,
      pageSize: 500,
    });
  });
});

describe('criteriaToUrl', () => {
  it('round-trips through the URL', () => {
    const criteria = {
      ...defaultCriteria(today),
      from: 'JFK',
      to: 'LHR',
      passengers: 2,
      sort: 'duration' as const,
      maxPrice: '500',
      departAfter: '18:00',
      page: 3,
    };
    expect(criteriaFromUrl(criteriaToUrl(criteria), today)).toEqual(criteria);
  });

  it('always writes the date so a link keeps its day, and leaves out defaults for page and size', () => {
    const url = criteriaToUrl({ ...defaultCriteria(today), from: 'JFK', to: 'LAX' });
    expect(url.toString()).toBe('from=JFK&to=LAX&date=2026-12-02&passengers=1&sort=price');
  });
});

describe('round trips in the URL', () => {
  it('reads the return date and the chosen outbound flight of a round trip', () => {
    const params = new URLSearchParams('trip=round&from=JFK&to=LAX&date=2026-12-01&returnDate=2026-12-08&outbound=f1');
    expect(criteriaFromUrl(params, today)).toMatchObject({
      trip: 'roundTrip',
      returnDate: '2026-12-08',
      outbound: 'f1',
    });
  });

  it('ignores a return date and outbound flight on a one-way trip', () => {
    const params = new URLSearchParams('from=JFK&to=LAX&returnDate=2026-12-08&outbound=f1');
    expect(criteriaFromUrl(params, today)).toMatchObject({ trip: 'oneWay', returnDate: '', outbound: '' });
  });

  it('round-trips a round trip through the URL', () => {
    const criteria = {
      ...defaultCriteria(today),
      trip: 'roundTrip' as const,
      from: 'JFK',
      to: 'LAX',
      returnDate: '2026-12-09',
      outbound: 'f1',
    };
    const url = criteriaToUrl(criteria);
    expect(url.toString()).toBe(
      'trip=round&from=JFK&to=LAX&date=2026-12-02&returnDate=2026-12-09&outbound=f1&passengers=1&sort=price',
    );
    expect(criteriaFromUrl(url, today)).toEqual(criteria);
  });
});

describe('isSearchRequested', () => {
  it('needs an origin or a destination in the URL', () => {
    expect(isSearchRequested(new URLSearchParams(''))).toBe(false);
    expect(isSearchRequested(new URLSearchParams('date=2026-12-01'))).toBe(false);
    expect(isSearchRequested(new URLSearchParams('from=JFK'))).toBe(true);
    expect(isSearchRequested(new URLSearchParams('to='))).toBe(true);
  });
});

describe('hasFilters', () => {
  it('is true once any filter has a value', () => {
    expect(hasFilters(defaultCriteria(today))).toBe(false);
    expect(hasFilters({ ...defaultCriteria(today), departBefore: '09:00' })).toBe(true);
  });
});
