import { describe, expect, it } from 'vitest';
import { describeResultRange } from './resultRange';

describe('describeResultRange', () => {
  it('describes the first page', () => {
    expect(describeResultRange(1, 20, 20, 134)).toBe('Showing 1–20 of 134 flights');
  });

  it('describes a middle page', () => {
    expect(describeResultRange(2, 20, 20, 134)).toBe('Showing 21–40 of 134 flights');
  });

  it('ends a short last page at its last item', () => {
    expect(describeResultRange(7, 20, 14, 134)).toBe('Showing 121–134 of 134 flights');
  });

  it('speaks of one flight in the singular', () => {
    expect(describeResultRange(1, 20, 1, 1)).toBe('Showing 1–1 of 1 flight');
  });

  it('describes no results', () => {
    expect(describeResultRange(1, 20, 0, 0)).toBe('Showing 0 of 0 flights');
  });
});
