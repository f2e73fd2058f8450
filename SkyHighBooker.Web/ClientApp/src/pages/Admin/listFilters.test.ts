import { describe, expect, it } from 'vitest';
import { filtersFromUrl, filtersToUrl } from './listFilters';

const keys = ['flightNumber', 'from', 'status'] as const;

describe('list filters in the URL', () => {
  it('reads each filter, empty when absent, and the page', () => {
    expect(filtersFromUrl(new URLSearchParams('from=JFK&page=3'), keys)).toEqual({
      flightNumber: '',
      from: 'JFK',
      status: '',
      page: 3,
    });
  });

  it('starts on the first page when the page cannot be read', () => {
    expect(filtersFromUrl(new URLSearchParams('page=x'), keys).page).toBe(1);
    expect(filtersFromUrl(new URLSearchParams('page=0'), keys).page).toBe(1);
  });

  it('writes only the filters with a value and the page after the first', () => {
    const url = filtersToUrl({ flightNumber: ' SH1 ', from: '', status: 'cancelled', page: 1 }, keys);
    expect(url.toString()).toBe('flightNumber=SH1&status=cancelled');
    expect(filtersToUrl({ flightNumber: '', from: '', status: '', page: 2 }, keys).toString()).toBe('page=2');
  });
});
