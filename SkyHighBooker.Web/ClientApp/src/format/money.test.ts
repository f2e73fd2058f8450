import { describe, expect, it } from 'vitest';
import { formatPrice } from './money';

describe('formatPrice', () => {
  it('formats US dollars with the symbol and two decimals', () => {
    expect(formatPrice(249, 'USD')).toBe('$249.00');
    expect(formatPrice(1234.5, 'USD')).toBe('$1,234.50');
  });

  it('uses the currency the server names', () => {
    expect(formatPrice(99.99, 'EUR')).toBe('€99.99');
  });

  it('falls back to amount and code for a code Intl rejects', () => {
    expect(formatPrice(10, 'not-a-code')).toBe('10.00 not-a-code');
  });
});
