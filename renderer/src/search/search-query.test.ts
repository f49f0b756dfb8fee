import { describe, expect, it } from 'vitest';
import type { SavedSearch } from '../../../shared/search/search-history.ts';
import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import {
  emptySearchFilters,
  formatScore,
  fromSavedSearch,
  groupHits,
  hitParts,
  hitTarget,
  toSearchInput,
} from './search-query.ts';

function hit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    article: 'a1',
    title: 'Title',
    outlet: 'CGTN',
    language: 'en',
    published: null,
    passageIndex: 0,
    passageStart: 100,
    start: 110,
    end: 115,
    text: 'He said it was fine, she said.',
    score: 1,
    ...overrides,
  };
}

describe('toSearchInput', () => {
  it('asks nothing for blank text', () => {
    expect(toSearchInput('   ', emptySearchFilters, null, null)).toBe(null);
  });

  it('carries the filters, the story members and the excluded article', () => {
    const input = toSearchInput(
      ' third country ',
      {
        ...emptySearchFilters,
        outlets: ['RT'],
        language: 'ru',
        storyId: 's1',
        publishedTo: '2018-01-31',
      },
      { label: 'other articles', excludeArticleIds: ['a9'] },
      ['a1', 'a2'],
    );
    expect(input).toMatchObject({
      text: 'third country',
      outlets: ['RT'],
      languages: ['ru'],
      publishedTo: '2018-01-31',
      articleIds: ['a1', 'a2'],
      excludeArticleIds: ['a9'],
      crossLanguage: true,
    });
  });

  it('asks for cross-language candidates only when finding elsewhere', () => {
    expect(toSearchInput('quote', emptySearchFilters, null, null)?.crossLanguage).toBeUndefined();
  });

  it('waits for the story members rather than searching the whole library', () => {
    expect(toSearchInput('quote', { ...emptySearchFilters, storyId: 's1' }, null, null)).toBe(null);
  });
});

describe('fromSavedSearch', () => {
  const saved = (query: SavedSearch['query']): SavedSearch => ({
    id: 'x',
    name: 'n',
    savedAt: '2026-01-01T00:00:00Z',
    query,
  });

  it('turns an article set that matches a story back into the story filter', () => {
    const restored = fromSavedSearch(
      saved({ text: 'q', articleIds: ['b', 'a'], languages: ['en'], limit: 20, perArticle: 3 }),
      [{ id: 's1', articleIds: ['a', 'b'] }],
    );
    expect(restored.filters).toMatchObject({ storyId: 's1', language: 'en' });
    expect(restored.scope).toBe(null);
  });

  it('keeps an article set no story matches as a scope', () => {
    const restored = fromSavedSearch(
      saved({ text: 'q', articleIds: ['a'], limit: 20, perArticle: 3 }),
      [],
    );
    expect(restored.scope?.articleIds).toEqual(['a']);
  });
});

describe('hit display', () => {
  it('groups consecutive hits of one article and numbers them in keyboard order', () => {
    const groups = groupHits([hit(), hit({ passageIndex: 2 }), hit({ article: 'a2' })]);
    expect(groups.map((group) => group.hits.map((entry) => entry.index))).toEqual([[0, 1], [2]]);
  });

  it('cuts the passage around the span given as body offsets', () => {
    expect(hitParts(hit())).toEqual({
      before: 'He said it',
      match: ' was ',
      after: 'fine, she said.',
    });
  });

  it('widens a span that starts or ends inside a word to the whole word', () => {
    const text = 'the first high-level military contact since';
    const start = 100 + text.indexOf('evel military');
    const parts = hitParts(hit({ text, start, end: start + 'evel military cont'.length }));
    expect(parts.match).toBe('level military contact');
    expect(hitTarget(hit({ text, start, end: start + 4 }))).toMatchObject({
      start: 100 + text.indexOf('level'),
      end: 100 + text.indexOf('level') + 5,
    });
  });

  it('shortens long context with an ellipsis at a word boundary', () => {
    const text = `${'word '.repeat(100)}MATCH${' tail'.repeat(100)}`;
    const start = 100 + text.indexOf('MATCH');
    const parts = hitParts(hit({ text, start, end: start + 5 }));
    expect(parts.match).toBe('MATCH');
    expect(parts.before.startsWith('…word')).toBe(true);
    expect(parts.after.endsWith('tail…')).toBe(true);
  });

  it('says exact for a verbatim hit and a percentage otherwise', () => {
    expect(formatScore(1)).toBe('exact');
    expect(formatScore(0.9706)).toBe('97%');
  });
});
