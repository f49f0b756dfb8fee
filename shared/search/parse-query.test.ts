import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.ts';

describe('parseQuery', () => {
  it('keeps a plain quote as text and skeleton', () => {
    const q = parseQuery('Not aimed against any third contry');
    expect(q.text).toBe('Not aimed against any third contry');
    expect(q.skeleton).toBe('not aimed against any third contry');
    expect(q.phrases).toEqual([]);
  });

  it('reads straight double quotes as an exact phrase', () => {
    expect(parseQuery('"long-planned and defensive"').phrases).toEqual([
      'long planned and defensive',
    ]);
  });

  it('keeps curly and angle quotes of pasted text as part of the quote', () => {
    const english = parseQuery('within 18 days. “Russia might expand');
    expect(english.phrases).toEqual([]);
    expect(english.skeleton).toBe('within 18 days russia might expand');
    const russian = parseQuery('принципе». «Мы готовы расширить');
    expect(russian.phrases).toEqual([]);
    expect(russian.skeleton).toBe('принципе мы готовы расширить');
  });

  it('keeps phrases in the aligned text in the order typed', () => {
    const q = parseQuery('military exercises "not aimed" against');
    expect(q.skeleton).toBe('military exercises not aimed against');
    expect(q.phrases).toEqual(['not aimed']);
  });

  it('takes filters out of the text', () => {
    const q = parseQuery('third country outlet:CGTN lang:EN from:2017-02-01 to:2017-03');
    expect(q.skeleton).toBe('third country');
    expect(q.filters).toEqual({
      outlets: ['CGTN'],
      languages: ['en'],
      publishedFrom: '2017-02-01',
      publishedTo: '2017-03',
    });
  });

  it('reads underscores in an outlet filter as spaces', () => {
    expect(parseQuery('x outlet:Sputnik_International').filters.outlets).toEqual([
      'Sputnik International',
    ]);
  });

  it('leaves a filter-like word with a bad date in the text', () => {
    const q = parseQuery('from:yesterday talks');
    expect(q.filters.publishedFrom).toBeNull();
    expect(q.skeleton).toBe('from yesterday talks');
  });

  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(parseQuery('"third country').phrases).toEqual(['third country']);
  });
});
