import { describe, expect, it } from 'vitest';
import { defaultCriteria } from './searchCriteria';
import { addDays, criteriaForLeg, currentLeg, formFieldForLeg, returnDateHint } from './tripLegs';

const today = new Date(2026, 10, 25, 10, 0);
const roundTrip = {
  ...defaultCriteria(today),
  trip: 'roundTrip' as const,
  from: 'JFK',
  to: 'LAX',
  date: '2026-12-01',
  returnDate: '2026-12-08',
};

describe('currentLeg', () => {
  it('is the outbound leg until an outbound flight is chosen on a round trip', () => {
    expect(currentLeg(roundTrip)).toBe('outbound');
    expect(currentLeg({ ...roundTrip, outbound: 'f1' })).toBe('return');
    expect(currentLeg({ ...roundTrip, trip: 'oneWay', outbound: 'f1' })).toBe('outbound');
  });
});

describe('criteriaForLeg', () => {
  it('flies the return leg backwards on the return date, with the same party, order and filters', () => {
    const criteria = { ...roundTrip, passengers: 2, sort: 'duration' as const, maxPrice: '300' };
    expect(criteriaForLeg(criteria, 'return')).toMatchObject({
      from: 'LAX',
      to: 'JFK',
      date: '2026-12-08',
      passengers: 2,
      sort: 'duration',
      maxPrice: '300',
    });
    expect(criteriaForLeg(criteria, 'outbound')).toBe(criteria);
  });
});

describe('formFieldForLeg', () => {
  it('puts the return search’s messages on the fields the traveller filled in', () => {
    expect(formFieldForLeg('date', 'return')).toBe('returnDate');
    expect(formFieldForLeg('from', 'return')).toBe('to');
    expect(formFieldForLeg('maxPrice', 'return')).toBe('maxPrice');
    expect(formFieldForLeg('date', 'outbound')).toBe('date');
  });
});

describe('returnDateHint', () => {
  it('asks for a return date on a round trip, not before departure', () => {
    expect(returnDateHint(roundTrip)).toBeNull();
    expect(returnDateHint({ ...roundTrip, returnDate: '2026-12-01' })).toBeNull();
    expect(returnDateHint({ ...roundTrip, returnDate: '' })).toBe('Choose a return date.');
    expect(returnDateHint({ ...roundTrip, returnDate: '2026-11-30' })).toBe(
      'The return date can’t be before the departure date.',
    );
    expect(returnDateHint({ ...roundTrip, trip: 'oneWay', returnDate: '2026-11-30' })).toBeNull();
  });
});

describe('addDays', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('', 7)).toBe('');
  });
});
