import { describe, expect, it } from 'vitest';
import {
  countByKind,
  cuesStartingIn,
  nestRuns,
  segmentRuns,
  type FramingCue,
} from './segment-runs.ts';

function cue(kind: FramingCue['kind'], start: number, end: number): FramingCue {
  return { article: 'a', kind, start, end, text: '', detail: kind };
}

function shape(text: string, segStart: number, cues: FramingCue[]) {
  return segmentRuns(text, segStart, cues).map((run) => [run.text, run.cues.map((c) => c.kind)]);
}

describe('segmentRuns', () => {
  it('returns the whole segment as one plain run when no cue touches it', () => {
    expect(shape('plain text', 10, [cue('hedge', 0, 5)])).toEqual([['plain text', []]]);
  });

  it('returns no runs for an empty segment', () => {
    expect(segmentRuns('', 5, [cue('hedge', 0, 10)])).toEqual([]);
  });

  it('splits at a cue inside the segment, using offsets into the clean body', () => {
    // "it is believed to be" at body offsets 100..120
    expect(shape('it is believed to be', 100, [cue('hedge', 106, 114)])).toEqual([
      ['it is ', []],
      ['believed', ['hedge']],
      [' to be', []],
    ]);
  });

  it('lists every cue covering a run when cues overlap', () => {
    expect(shape('abcdef', 0, [cue('hedge', 0, 4), cue('loaded', 2, 6)])).toEqual([
      ['ab', ['hedge']],
      ['cd', ['hedge', 'loaded']],
      ['ef', ['loaded']],
    ]);
  });

  it('keeps the outer cue first when one cue nests in another', () => {
    expect(shape('abcdef', 0, [cue('metaphor', 2, 4), cue('quote', 0, 6)])).toEqual([
      ['ab', ['quote']],
      ['cd', ['quote', 'metaphor']],
      ['ef', ['quote']],
    ]);
  });

  it('clips cues that cross the segment edges', () => {
    expect(shape('cdef', 2, [cue('hedge', 0, 3), cue('source', 5, 9)])).toEqual([
      ['c', ['hedge']],
      ['de', []],
      ['f', ['source']],
    ]);
  });

  it('ignores cues that end where the segment starts or start where it ends', () => {
    expect(shape('abc', 3, [cue('hedge', 0, 3), cue('hedge', 6, 9)])).toEqual([['abc', []]]);
  });

  it('ignores empty cues', () => {
    expect(shape('abc', 0, [cue('hedge', 1, 1)])).toEqual([['abc', []]]);
  });

  it('slices Cyrillic text by the same UTF-16 offsets as the backend', () => {
    const text = 'Как сообщается, переворот';
    const start = text.indexOf('переворот');
    expect(shape(text, 0, [cue('contested-term', start, start + 'переворот'.length)])).toEqual([
      ['Как сообщается, ', []],
      ['переворот', ['contested-term']],
    ]);
  });
});

describe('cuesStartingIn', () => {
  it('keeps only the cues that start in the segment', () => {
    const cues = [cue('frame', 0, 50), cue('frame', 50, 90), cue('frame', 90, 99)];
    expect(cuesStartingIn(cues, 40, 90).map((c) => c.start)).toEqual([50]);
  });
});

describe('countByKind', () => {
  it('counts cues per kind, zero for kinds without cues', () => {
    const counts = countByKind([cue('hedge', 0, 1), cue('hedge', 2, 3), cue('quote', 0, 9)]);
    expect(counts.hedge).toBe(2);
    expect(counts.quote).toBe(1);
    expect(counts.loaded).toBe(0);
  });
});

describe('nestRuns', () => {
  type Tree = string | [string, Tree[]];
  function tree(text: string, cues: FramingCue[]): Tree[] {
    const walk = (nodes: ReturnType<typeof nestRuns>): Tree[] =>
      nodes.map((node) =>
        node.type === 'text' ? node.text : [node.cue.kind, walk(node.children)],
      );
    return walk(nestRuns(segmentRuns(text, 0, cues)));
  }

  it('keeps a cue that contains a nested cue as one node', () => {
    expect(tree('is believed to be', [cue('hedge', 0, 17), cue('loaded', 3, 11)])).toEqual([
      ['hedge', ['is ', ['loaded', ['believed']], ' to be']],
    ]);
  });

  it('splits a cue that overlaps another at the other edge', () => {
    expect(tree('abcdef', [cue('hedge', 0, 4), cue('loaded', 2, 6)])).toEqual([
      ['hedge', ['ab', ['loaded', ['cd']]]],
      ['loaded', ['ef']],
    ]);
  });

  it('leaves plain text as text nodes', () => {
    expect(tree('abc', [])).toEqual(['abc']);
  });
});
