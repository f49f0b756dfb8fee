import { describe, expect, it } from 'vitest';
import {
  defaultSort,
  emptyFilters,
  hasActiveFilters,
  nextSort,
  toListQuery,
} from './library-query.ts';

describe('library query', () => {
  it('leaves out filters the user did not set', () => {
    expect(toListQuery(emptyFilters, defaultSort)).toEqual({
      sort: 'importedAt',
      direction: 'desc',
    });
  });

  it('maps every filter onto articles.list', () => {
    const filters = {
      text: '  NATO ',
      outlets: ['RT', 'CGTN'],
      language: 'ru',
      publishedFrom: '2015-01-01',
      publishedTo: '2018-12-31',
    };
    expect(toListQuery(filters, { field: 'title', direction: 'asc' })).toEqual({
      sort: 'title',
      direction: 'asc',
      text: 'NATO',
      outlets: ['RT', 'CGTN'],
      languages: ['ru'],
      publishedFrom: '2015-01-01',
      publishedTo: '2018-12-31',
    });
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it('flips the direction on the same column and starts dates newest first', () => {
    const byDate = nextSort(defaultSort, 'published');
    expect(byDate).toEqual({ field: 'published', direction: 'desc' });
    expect(nextSort(byDate, 'published')).toEqual({ field: 'published', direction: 'asc' });
    expect(nextSort(byDate, 'title')).toEqual({ field: 'title', direction: 'asc' });
  });
});
