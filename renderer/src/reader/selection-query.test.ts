import { describe, expect, it } from 'vitest';
import { toQuery } from './selection-query.ts';

describe('a selection as a search query', () => {
  it('drops straight quotes, which the search reads as phrase marks', () => {
    expect(toQuery('and "not aimed against')).toBe('and not aimed against');
  });

  it('cuts a long selection at a word boundary', () => {
    const query = toQuery('word '.repeat(200));
    expect(query.length).toBeLessThanOrEqual(300);
    expect(query.endsWith('word')).toBe(true);
  });
});
