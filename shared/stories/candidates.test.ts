import { describe, expect, it } from 'vitest';
import { candidatePairs, defaultBlocking } from './candidates.ts';
import { buildVocabulary, toVector } from './vectors.ts';
import type { ArticleCounts } from './vectors.ts';

/** An article with the given entity features (and a common one every article has). */
function counts(...names: string[]): ArticleCounts {
  const keys = ['c:nato', ...names.map((n) => `e:${n}`)];
  return {
    language: 'en',
    counts: new Map(keys.map((k) => [k, 1])),
    kinds: new Map(keys.map((k) => [k, k.startsWith('e:') ? 'entity' : 'concept'])),
    labels: new Map(keys.map((k) => [k, k])),
  };
}

describe('candidatePairs', () => {
  it('scores every pair of a small corpus', () => {
    const articles = [counts('a'), counts('b'), counts('c')];
    const vocabulary = buildVocabulary(articles);
    const vectors = articles.map((a) => toVector(a, vocabulary));
    expect(candidatePairs(vectors, vocabulary)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('in a large corpus, pairs only articles that share rare features', () => {
    const articles = Array.from({ length: 400 }, (_, i) => counts(`x${i >> 1}`, `y${i >> 1}`));
    const vocabulary = buildVocabulary(articles);
    const vectors = articles.map((a) => toVector(a, vocabulary));
    const pairs = candidatePairs(vectors, vocabulary, defaultBlocking(articles.length));
    expect(pairs).toHaveLength(200);
    expect(pairs.every(([i, j]) => i >> 1 === j >> 1)).toBe(true);
  });
});
