import { describe, expect, it } from 'vitest';
import { groupHits } from './group-hits.ts';

const hit = (article: string, passageIndex: number, score: number, weight = 1) => ({
  article,
  passageIndex,
  score,
  weight,
});

describe('groupHits', () => {
  it('orders articles by their best hit and keeps each article together', () => {
    const grouped = groupHits(
      [hit('b', 0, 0.8), hit('a', 1, 0.9), hit('b', 2, 1), hit('a', 0, 0.5)],
      10,
      3,
    );
    expect(grouped.map((h) => `${h.article}${h.passageIndex}`)).toEqual(['b2', 'b0', 'a1', 'a0']);
  });

  it('keeps at most perArticle hits per article and limit overall', () => {
    const hits = [hit('a', 0, 1), hit('a', 1, 0.9), hit('a', 2, 0.8), hit('b', 0, 0.7)];
    expect(groupHits(hits, 10, 1).map((h) => h.article)).toEqual(['a', 'b']);
    expect(groupHits(hits, 2, 3)).toHaveLength(2);
  });

  it('breaks score ties by stage-one weight', () => {
    const grouped = groupHits([hit('a', 0, 1, 1), hit('b', 0, 1, 5)], 10, 1);
    expect(grouped[0]?.article).toBe('b');
  });
});
