import { describe, expect, it } from 'vitest';
import { messagesByField, parseProblemDetails } from './problemDetails';

const validationProblem = {
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  title: 'One or more validation errors occurred.',
  status: 400,
  errors: {
    From: ['Unknown airport code "XXX".'],
    to: ['Destination must differ from origin.'],
    pageSize: ['Page size must be between 1 and 100.'],
  },
};

describe('parseProblemDetails', () => {
  it('reads a validation problem', () => {
    const problem = parseProblemDetails(validationProblem);
    expect(problem?.title).toBe('One or more validation errors occurred.');
    expect(problem?.status).toBe(400);
    expect(problem?.errors.From).toEqual(['Unknown airport code "XXX".']);
  });

  it('reads a problem without errors', () => {
    expect(parseProblemDetails({ title: 'Not Found', status: 404, detail: 'No such flight.' })).toEqual({
      type: undefined,
      title: 'Not Found',
      status: 404,
      detail: 'No such flight.',
      errors: {},
    });
  });

  it('accepts a single message in place of an array and drops blank or non-text messages', () => {
    const problem = parseProblemDetails({ title: 'Bad', errors: { date: 'Date is required.', to: ['', 5, 'Required.'] } });
    expect(problem?.errors).toEqual({ date: ['Date is required.'], to: ['Required.'] });
  });

  it('is null for anything that is not a problem', () => {
    expect(parseProblemDetails(null)).toBeNull();
    expect(parseProblemDetails('Bad Request')).toBeNull();
    expect(parseProblemDetails([{ title: 'x' }])).toBeNull();
    expect(parseProblemDetails({ items: [] })).toBeNull();
  });
});

describe('messagesByField', () => {
  it('puts messages on the fields they name, ignoring case', () => {
    const problem = parseProblemDetails(validationProblem);
    const { byField, unmatched } = messagesByField(problem, ['from', 'to', 'date']);
    expect(byField).toEqual({
      from: ['Unknown airport code "XXX".'],
      to: ['Destination must differ from origin.'],
    });
    expect(unmatched).toEqual(['Page size must be between 1 and 100.']);
  });

  it('keys by the page field name and merges keys that differ only in case', () => {
    const problem = parseProblemDetails({ title: 't', errors: { MAXPRICE: ['a'], maxprice: ['b'] } });
    expect(messagesByField(problem, ['maxPrice']).byField).toEqual({ maxPrice: ['a', 'b'] });
  });

  it('ignores a JSON-path prefix on keys', () => {
    const problem = parseProblemDetails({ title: 't', errors: { '$.departAfter': ['Use HH:mm.'] } });
    expect(messagesByField(problem, ['departAfter']).byField).toEqual({ departAfter: ['Use HH:mm.'] });
  });

  it('has nothing to place without a problem', () => {
    expect(messagesByField(null, ['from'])).toEqual({ byField: {}, unmatched: [] });
  });
});
