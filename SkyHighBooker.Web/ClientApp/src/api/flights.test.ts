import { describe, expect, it } from 'vitest';
import { flightSearchParams } from './flights';

describe('flightSearchParams', () => {
  it('builds the query in a stable order', () => {
    const params = flightSearchParams({
      pageSize: 20,
      page: 2,
      from: 'JFK',
      to: 'LAX',
      date: '2026-12-01',
      passengers: 2,
      sort: 'duration',
      airline: 'Sky Blue',
      maxPrice: '350.50',
      departAfter: '06:00',
      departBefore: '12:30',
    });
    expect(params.toString()).toBe(
      'from=JFK&to=LAX&date=2026-12-01&passengers=2&sort=duration&airline=Sky+Blue&maxPrice=350.50' +
        '&departAfter=06%3A00&departBefore=12%3A30&page=2&pageSize=20',
    );
  });

  it('leaves out empty and missing optional values', () => {
    const params = flightSearchParams({
      from: 'JFK',
      to: 'LAX',
      date: '2026-12-01',
      passengers: 1,
      airline: '   ',
      maxPrice: '',
    });
    expect(params.toString()).toBe('from=JFK&to=LAX&date=2026-12-01&passengers=1');
  });

  it('trims text and encodes it', () => {
    const params = flightSearchParams({ from: ' jfk ', to: 'LAX', date: '2026-12-01', passengers: 1, airline: 'A&B Air' });
    expect(params.get('from')).toBe('jfk');
    expect(params.toString()).toContain('airline=A%26B+Air');
  });

  it('sends what was typed, leaving validation to the server', () => {
    const params = flightSearchParams({ from: 'Nowhere', to: '', date: '', passengers: 12 });
    expect(params.toString()).toBe('from=Nowhere&passengers=12');
  });
});
