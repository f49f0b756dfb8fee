import { describe, expect, it } from 'vitest';
import {
  ftsExpression,
  prefixProbe,
  queryProbes,
  rankCandidates,
  type ProbeResult,
} from './candidates.ts';
import { pairKey } from './pair-keys.ts';

const result = (words: string[], ids: number[], isCapped = false): ProbeResult => ({
  probe: { kind: 'word', token: words.join(' ') },
  ids,
  isCapped,
});

describe('queryProbes', () => {
  it('lists pair keys first, then distinct words of 2+ letters, longest first', () => {
    const probes = queryProbes(['the', 'a', 'military', 'the', 'exercises'], () => false);
    expect(probes.filter((p) => p.kind === 'pair')).toHaveLength(4 + 3);
    expect(probes.filter((p) => p.kind === 'word').map((p) => p.token)).toEqual([
      'exercises',
      'military',
      'the',
    ]);
    expect(probes[0]).toEqual({ kind: 'pair', token: pairKey('the', 'a', 0) });
  });

  it('leaves out probes known to be common', () => {
    const probes = queryProbes(
      ['of', 'the', 'talks'],
      (p) => p.token === 'the' || p.kind === 'pair',
    );
    expect(probes).toEqual([
      { kind: 'word', token: 'talks' },
      { kind: 'word', token: 'of' },
    ]);
  });
});

describe('ftsExpression', () => {
  it('quotes the token and escapes quotes', () => {
    expect(ftsExpression({ kind: 'word', token: 'third' })).toBe('"third"');
    expect(ftsExpression({ kind: 'word', token: 'a"b' })).toBe('"a""b"');
  });
});

describe('prefixProbe', () => {
  it('looks up an unfinished last word as a prefix', () => {
    const probe = prefixProbe('Valery Gerasi', ['valery', 'gerasi']);
    expect(probe).toEqual({ kind: 'prefix', token: 'gerasi' });
    expect(ftsExpression(probe ?? { kind: 'word', token: '' })).toBe('"gerasi"*');
  });

  it('does not when the word is finished or too short', () => {
    expect(prefixProbe('Valery Gerasimov ', ['valery', 'gerasimov'])).toBeNull();
    expect(prefixProbe('Valery Ger', ['valery', 'ger'])).toBeNull();
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
