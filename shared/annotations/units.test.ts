import { describe, expect, it } from 'vitest';
import { agreementByCode } from './agreement.ts';
import { appliesToPassage, codesPerPassage } from './units.ts';

// Three passages of 100 characters each, back to back.
const passages = [
  { index: 0, start: 0, end: 100 },
  { index: 1, start: 100, end: 200 },
  { index: 2, start: 200, end: 300 },
];

describe('appliesToPassage', () => {
  it('counts an annotation inside a passage', () => {
    expect(appliesToPassage({ start: 10, end: 20 }, passages[0] as never)).toBe(true);
    expect(appliesToPassage({ start: 10, end: 20 }, passages[1] as never)).toBe(false);
  });

  it('ignores a selection that spills a few characters into the next passage', () => {
    expect(appliesToPassage({ start: 40, end: 103 }, passages[0] as never)).toBe(true);
    expect(appliesToPassage({ start: 40, end: 103 }, passages[1] as never)).toBe(false);
  });

  it('codes both passages when an annotation is split evenly, and all it mostly covers', () => {
    expect(appliesToPassage({ start: 90, end: 110 }, passages[0] as never)).toBe(true);
    expect(appliesToPassage({ start: 90, end: 110 }, passages[1] as never)).toBe(true);
    const long = { start: 70, end: 260 };
    expect(passages.map((p) => appliesToPassage(long, p))).toEqual([false, true, true]);
  });

  it('never treats touching spans (end = start) as overlapping', () => {
    expect(appliesToPassage({ start: 100, end: 110 }, passages[0] as never)).toBe(false);
  });
});

describe('codesPerPassage', () => {
  it('builds units per passage with each coder’s codes, empty for coders who applied none', () => {
    const units = codesPerPassage(
      passages,
      [
        { start: 10, end: 30, codeIds: ['econ', 'fear'], coder: 'ann' },
        { start: 15, end: 25, codeIds: ['econ'], coder: 'bob' },
        { start: 150, end: 160, codeIds: ['fear'], coder: 'bob' },
        { start: 12, end: 14, codeIds: ['econ'], coder: 'ann' },
      ],
      { coders: ['ann', 'bob', 'cy'], idPrefix: 'art1:' },
    );
    expect(units.map((u) => u.id)).toEqual(['art1:0', 'art1:1', 'art1:2']);
    expect(units[0]?.codesByCoder).toEqual({ ann: ['econ', 'fear'], bob: ['econ'], cy: [] });
    expect(units[1]?.codesByCoder).toEqual({ ann: [], bob: ['fear'], cy: [] });
    expect(units[2]?.codesByCoder).toEqual({ ann: [], bob: [], cy: [] });
    const report = agreementByCode({ coders: ['ann', 'bob'], units, codes: ['econ', 'fear'] });
    expect(report.disagreements).toEqual(['art1:0', 'art1:1']);
    expect(report.perCode[0]?.applied).toEqual([1, 1]);
  });

  it('leaves a coder missing (absent) when not listed and without annotations', () => {
    const units = codesPerPassage(passages, [{ start: 0, end: 5, codeIds: ['x'], coder: 'ann' }]);
    expect(Object.keys(units[0]?.codesByCoder ?? {})).toEqual(['ann']);
  });
});
