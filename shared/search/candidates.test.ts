import { describe, expect, it } from 'vitest';
import {
  ftsExpression,
  pairProbes,
  rankCandidates,
  wordProbes,
  type ProbeResult,
} from './candidates.ts';

const result = (words: string[], ids: number[], isCapped = false): ProbeResult => ({
  probe: { words },
  ids,
  isCapped,
});

describe('wordProbes', () => {
  it('skips one-letter words, repeats and known common words, longest first', () => {
    const probes = wordProbes(
      ['the', 'a', 'military', 'the', 'exercises', 'of'],
      (w) => w === 'the',
    );
    expect(probes.map((p) => p.words[0])).toEqual(['exercises', 'military', 'of']);
  });
});

describe('pairProbes', () => {
  it('pairs adjacent words unless one of them is rare on its own', () => {
    const probes = pairProbes(['he', 'said', 'that', 'gerasimov', 'was'], new Set(['gerasimov']));
    expect(probes.map((p) => p.words.join(' '))).toEqual(['he said', 'said that']);
  });
});

describe('ftsExpression', () => {
  it('quotes the probe as an FTS5 phrase and escapes quotes', () => {
    expect(ftsExpression({ words: ['third', 'country'] })).toBe('"third country"');
    expect(ftsExpression({ words: ['a"b'] })).toBe('"a""b"');
  });
});

describe('rankCandidates', () => {
  it('ranks the passage holding every rare probe first', () => {
    const ranked = rankCandidates(
      [result(['third'], [1, 2, 3, 4]), result(['country'], [2, 3, 5]), result(['contry'], [])],
      1000,
      10,
    );
    expect(ranked.slice(0, 2).map((c) => c.id)).toEqual([2, 3]);
    expect(ranked).toHaveLength(5);
  });

  it('weights rarer probes more', () => {
    const ranked = rankCandidates(
      [result(['rare'], [9]), result(['often'], [1, 2, 3, 4, 5, 6])],
      100,
      10,
    );
    expect(ranked[0]?.id).toBe(9);
  });

  it('ignores capped probes when rare ones exist', () => {
    const ranked = rankCandidates([result(['rare'], [9]), result(['the'], [1, 2], true)], 100, 10);
    expect(ranked.map((c) => c.id)).toEqual([9]);
  });

  it('falls back to capped lists when every probe is common', () => {
    const ranked = rankCandidates(
      [result(['the'], [1, 2], true), result(['of'], [2, 3], true)],
      100,
      10,
    );
    expect(ranked[0]?.id).toBe(2);
  });

  it('returns at most the limit', () => {
    expect(rankCandidates([result(['w'], [1, 2, 3, 4])], 100, 2)).toHaveLength(2);
  });
});
