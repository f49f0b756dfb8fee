import { describe, expect, it } from 'vitest';
import { agreementByCode, cohensKappa, krippendorffAlpha, percentAgreement } from './agreement.ts';
import type { CodedUnit } from './agreement.ts';

const _ = null;

/** Two coders' yes/no labels from a 2×2 table of counts. */
function table(yy: number, yn: number, ny: number, nn: number): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  const add = (x: string, y: string, k: number) => {
    for (let i = 0; i < k; i += 1) {
      a.push(x);
      b.push(y);
    }
  };
  add('yes', 'yes', yy);
  add('yes', 'no', yn);
  add('no', 'yes', ny);
  add('no', 'no', nn);
  return [a, b];
}

describe("Cohen's kappa", () => {
  it('matches the worked example in the Wikipedia article on Cohen’s kappa (κ = 0.4)', () => {
    // 50 grant proposals: both yes 20, A yes/B no 5, A no/B yes 10, both no 15; p_o 0.7, p_e 0.5.
    expect(cohensKappa(...table(20, 5, 10, 15))).toBeCloseTo(0.4, 10);
  });

  it('matches the "same percentages, different numbers" tables (κ = 0.1304 and 0.2593)', () => {
    expect(cohensKappa(...table(45, 15, 25, 15))).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(...table(25, 35, 5, 35))).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for perfect agreement, null without variation, negative below chance', () => {
    expect(cohensKappa(['a', 'b', 'a', 'c'], ['a', 'b', 'a', 'c'])).toBe(1);
    expect(cohensKappa(['a', 'a', 'a'], ['a', 'a', 'a'])).toBeNull();
    expect(cohensKappa([], [])).toBeNull();
    expect(cohensKappa(['a', 'b'], ['b', 'a'])).toBe(-1);
    expect(() => cohensKappa(['a'], ['a', 'b'])).toThrow(RangeError);
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it('matches Krippendorff (2011): 4 observers, 12 units, missing values, α = 0.743', () => {
    const data = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ];
    expect(krippendorffAlpha(data)).toBeCloseTo(0.743, 3);
  });

  it('matches Krippendorff (2011): binary data, two observers, α = 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0].map(String);
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0].map(String);
    expect(krippendorffAlpha([a, b])).toBeCloseTo(0.095, 3);
  });

  it('matches Krippendorff (2011): nominal data, two observers, α = 0.692', () => {
    const a = 'a a b b d c c c e d d a'.split(' ');
    const b = 'b a b b b c c c e d d d'.split(' ');
    expect(krippendorffAlpha([a, b])).toBeCloseTo(0.692, 3);
  });

  it('matches the computational example in the Wikipedia article (α = 0.691)', () => {
    const data = [
      [_, _, _, _, _, '3', '4', '1', '2', '1', '1', '3', '3', _, '3'],
      ['1', _, '2', '1', '3', '3', '4', '3', _, _, _, _, _, _, _],
      [_, _, '2', '1', '3', '4', '4', _, '2', '1', '1', '3', '3', _, '4'],
    ];
    expect(krippendorffAlpha(data)).toBeCloseTo(0.691, 3);
  });

  it('is 1 for perfect agreement and null without variation or pairable values', () => {
    expect(
      krippendorffAlpha([
        ['a', 'b', _],
        ['a', 'b', 'c'],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlpha([
        ['a', _],
        [_, 'b'],
      ]),
    ).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
  });
});

describe('percentAgreement', () => {
  it('is the share of agreeing coder pairs over pairable units', () => {
    expect(
      percentAgreement([
        ['a', 'b', 'c', 'd'],
        ['a', 'b', 'c', 'x'],
      ]),
    ).toBe(0.75);
    // Three coders on one unit: a, a, b → 2 of 6 ordered pairs agree.
    expect(percentAgreement([['a'], ['a'], ['b']])).toBeCloseTo(1 / 3, 10);
    expect(
      percentAgreement([
        ['a', _],
        [_, 'b'],
      ]),
    ).toBeNull();
  });
});

describe('agreementByCode', () => {
  const units: CodedUnit[] = [
    { id: 'p0', codesByCoder: { ann: ['econ'], bob: ['econ'] } },
    { id: 'p1', codesByCoder: { ann: ['econ', 'fear'], bob: ['econ'] } },
    { id: 'p2', codesByCoder: { ann: [], bob: [] } },
    { id: 'p3', codesByCoder: { ann: ['fear'], bob: ['fear'] } },
    { id: 'p4', codesByCoder: { ann: [], bob: ['econ'] } },
    // Bob did not code this one: missing, not a disagreement.
    { id: 'p5', codesByCoder: { ann: ['econ'] } },
  ];

  it('gives per-code kappa, alpha, agreement and counts, and the disagreeing passages', () => {
    const report = agreementByCode({ coders: ['ann', 'bob'], units, codes: ['econ', 'fear'] });
    expect(report.unitCount).toBe(6);
    expect(report.disagreements).toEqual(['p1', 'p4']);
    const [econ, fear] = report.perCode;
    expect(econ?.applied).toEqual([3, 3]);
    // Over p0–p4: ann 1 1 0 0 0, bob 1 1 0 0 1.
    expect(econ?.kappa).toBeCloseTo(
      cohensKappa(['1', '1', '0', '0', '0'], ['1', '1', '0', '0', '1']) as number,
      10,
    );
    expect(econ?.percentAgreement).toBe(0.8);
    expect(fear?.applied).toEqual([2, 1]);
    expect(fear?.percentAgreement).toBe(0.8);
    expect(fear?.alpha).toBeCloseTo(
      krippendorffAlpha([
        ['0', '1', '0', '1', '0', '0'],
        ['0', '0', '0', '1', '0', _],
      ]) as number,
      10,
    );
    expect(report.overallAlpha).not.toBeNull();
  });

  it('gives alpha but no kappa for three coders; perfect agreement gives 1', () => {
    const same = [
      { id: 'a', codesByCoder: { x: ['c1'], y: ['c1'], z: ['c1'] } },
      { id: 'b', codesByCoder: { x: [], y: [], z: [] } },
    ];
    const report = agreementByCode({ coders: ['x', 'y', 'z'], units: same, codes: ['c1'] });
    expect(report.perCode[0]).toMatchObject({ kappa: null, alpha: 1, percentAgreement: 1 });
    expect(report.overallAlpha).toBe(1);
    expect(report.disagreements).toEqual([]);
  });

  it('gives no percentage agreement when no passage was coded by two coders', () => {
    const report = agreementByCode({
      coders: ['ann', 'bob'],
      units: [
        { id: 'u', codesByCoder: { ann: ['econ'] } },
        { id: 'v', codesByCoder: { bob: [] } },
      ],
      codes: ['econ'],
    });
    expect(report.perCode[0]?.percentAgreement).toBeNull();
  });

  it('ignores codes outside the list and gives null where a code never varies', () => {
    const report = agreementByCode({
      coders: ['ann', 'bob'],
      units: [
        { id: 'u', codesByCoder: { ann: ['other'], bob: [] } },
        { id: 'v', codesByCoder: { ann: [], bob: [] } },
      ],
      codes: ['econ'],
    });
    expect(report.perCode[0]).toMatchObject({ applied: [0, 0], kappa: null, alpha: null });
    expect(report.disagreements).toEqual([]);
  });
});
