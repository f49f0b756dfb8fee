import { describe, expect, it } from 'vitest';
import defaultCodebook from '../data/codebooks/default.json' with { type: 'json' };
import { codebookFile, flattenCodebook } from './codebook-schema.ts';

/** sRGB hex → CIE L*a*b* (D65). */
function lab(hex: string): [number, number, number] {
  const lin = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((u) => (u <= 0.04045 ? u / 12.92 : ((u + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  const [r, g, b] = lin;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((u) => (u <= 0.03928 ? u / 12.92 : ((u + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('default codebook', () => {
  const book = codebookFile.parse(defaultCodebook);
  const all = flattenCodebook(book.codes);

  it('has two groups: the 15 MFC frame dimensions and the 18 persuasion techniques', () => {
    expect(book.codes.map((c) => c.name)).toEqual(['Frames (MFC)', 'Persuasion techniques']);
    const [frames, techniques] = book.codes;
    expect(frames?.children?.map((c) => c.name)).toEqual([
      'Economic',
      'Capacity and resources',
      'Morality',
      'Fairness and equality',
      'Legality, constitutionality and jurisprudence',
      'Policy prescription and evaluation',
      'Crime and punishment',
      'Security and defense',
      'Health and safety',
      'Quality of life',
      'Cultural identity',
      'Public opinion',
      'Political',
      'External regulation and reputation',
      'Other',
    ]);
    expect(techniques?.children).toHaveLength(18);
    for (const name of [
      'Loaded language',
      'Whataboutism',
      'Straw man',
      'Bandwagon',
      'Red herring',
    ]) {
      expect(techniques?.children?.some((c) => c.name === name)).toBe(true);
    }
    expect(book.source).toMatch(/Boydstun/);
    expect(book.source).toMatch(/Da San Martino/);
    expect(book.licence.length).toBeGreaterThan(0);
  });

  it('gives every code a unique stable id and a description of two or three sentences', () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of all) {
      if (c.parentId !== null) expect(c.id.startsWith(`${c.parentId}-`)).toBe(true);
      const sentences = c.description.split(/(?<=[.!?…][”"]?)\s+(?=[A-Z“"])/u);
      expect(sentences.length, c.name).toBeGreaterThanOrEqual(2);
      expect(sentences.length, c.name).toBeLessThanOrEqual(3);
    }
  });

  it('uses highlight colours legible under body text and distinguishable from each other', () => {
    const text = '#1b1f27';
    for (const c of all) expect(contrast(c.color, text), c.name).toBeGreaterThanOrEqual(7);
    // Within a group (codes used side by side in one text) clearly apart; across groups apart too.
    for (const group of book.codes) {
      const kids = group.children ?? [];
      for (let i = 0; i < kids.length; i += 1) {
        for (let j = i + 1; j < kids.length; j += 1) {
          const a = kids[i]!;
          const b = kids[j]!;
          expect(deltaE(a.color, b.color), `${a.name} vs ${b.name}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
    const colours = all.map((c) => c.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('rejects a malformed codebook', () => {
    const bad = {
      ...defaultCodebook,
      codes: [{ id: 'Bad Id', name: '', description: '', color: 'red' }],
    };
    expect(codebookFile.safeParse(bad).success).toBe(false);
    expect(codebookFile.safeParse({ ...defaultCodebook, version: 0 }).success).toBe(false);
  });
});
