import { describe, expect, it } from 'vitest';
import { detectCues } from './cues.ts';
import { defaultLexicons } from './lexicons.ts';
import { summarizeCues } from './summary.ts';

describe('summarizeCues', () => {
  const text =
    'Kiev said the annexation was illegal. Moscow claimed the reunification was legal and reportedly insisted on it.';
  const summary = summarizeCues(text, detectCues(text, 'en', defaultLexicons()));

  it('counts reporting verbs by stance and rates loaded ones per 1,000 words', () => {
    expect(summary.verbs).toEqual({ neutral: 1, loaded: 2 });
    expect(summary.loadedVerbsPer1000Words).toBeCloseTo((2 * 1000) / summary.words);
  });

  it('lists the term chosen from each contested set by side', () => {
    const crimea = summary.termChoices.filter((c) => c.set === 'crimea-2014');
    expect(crimea.map((c) => [c.side, c.terms])).toEqual([
      ['ukraine-west', { annexation: 1 }],
      ['russia', { reunification: 1 }],
    ]);
  });

  it('gives zero rates for an empty text', () => {
    expect(summarizeCues('', []).per1000Words.hedge).toBe(0);
  });
});
