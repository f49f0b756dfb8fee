/**
 * Golden test: alignment of the five seeds against the ground truth's "alignments" (passages that
 * report the same fact, English ↔ Russian included) and against pairs a reader would never align.
 */
import { describe, expect, it } from 'vitest';
import { alignArticles } from './align.ts';
import type { AlignedRow } from './align.ts';
import { loadSeedArticles, passageWith, seedTruth } from './testing/seeds.ts';

const seeds = loadSeedArticles();
const CGTN = '000_ef7b0e83e261ef28.txt';
const SPUTNIK = '001_987193fb79ae0728.txt';
const RT = '002_c3c36266fd6b828a.txt';
const PANARMENIAN = '003_862b637d27ff6694.txt';
const SEGODNYA = '004_97f0df2eef87aeec.txt';

function at(file: string, quote: string): [string, number] {
  const article = seeds.find((s) => s.id === file);
  if (article === undefined) throw new Error(file);
  return [file, passageWith(article, quote)];
}

function together(rows: AlignedRow[], x: [string, number], y: [string, number]): boolean {
  return rows.some((r) => r.cells[x[0]]?.includes(x[1]) && r.cells[y[0]]?.includes(y[1]));
}

function truthPairs(ids?: string[]): { id: string; x: [string, number]; y: [string, number] }[] {
  return seedTruth.alignments
    .filter((al) => ids === undefined || ids.includes(al.id))
    .flatMap((al) => {
      const ps = al.passages.map(([file, quote]) => at(file, quote));
      return ps.flatMap((x, i) => ps.slice(i + 1).map((y) => ({ id: al.id, x, y })));
    });
}

describe('alignment of the seeds', () => {
  it.each([CGTN, SEGODNYA])('aligns every truth.json pair with pivot %s', (pivot) => {
    const rows = alignArticles(seeds, { pivot });
    for (const { id, x, y } of truthPairs()) {
      expect(together(rows, x, y), `${id}: ${x.join('#')} / ${y.join('#')}`).toBe(true);
    }
  });

  // A passage sits on one row. CGTN's "first-ever high-level contact after NATO suspended all
  // cooperation" reports two facts; with Sputnik, RT or PanARMENIAN as pivot it joins the rows of
  // the first fact, so only the single-fact pairs are asserted for those pivots.
  it.each([SPUTNIK, RT, PANARMENIAN])(
    'aligns the single-fact truth pairs with pivot %s',
    (pivot) => {
      const rows = alignArticles(seeds, { pivot });
      const ids = ['first-contact-since-2014', 'march-3-call', 'lines-of-communication-statement'];
      for (const { id, x, y } of truthPairs(ids)) {
        expect(together(rows, x, y), `${id}: ${x.join('#')} / ${y.join('#')}`).toBe(true);
      }
    },
  );

  it('puts the English and Russian "lines of communication" passages on one row, with why', () => {
    const rows = alignArticles(seeds, { pivot: CGTN });
    const en = at(CGTN, 'maintain the military lines of communication');
    const ru = at(SEGODNYA, 'поддерживать военные линии связи');
    const row = rows.find((r) => r.cells[CGTN]?.includes(en[1]));
    expect(row?.cells[SEGODNYA]).toContain(ru[1]);
    expect(row?.reasons.join(' ')).toContain('lines of communication');
  });

  it('does not align the missile-shield sentences with the sanctions sentence', () => {
    const sanctions = at(SEGODNYA, 'Мы сохраняем экономические санкции');
    for (const pivot of [CGTN, PANARMENIAN, SEGODNYA]) {
      const rows = alignArticles(seeds, { pivot });
      for (const quote of [
        'NATO has offered Russia to cooperate on the missile shield',
        'could threaten its nuclear forces',
        'legal guarantees that the shield will not be directed',
        'failure to reach agreement on missile defense',
      ]) {
        expect(together(rows, at(PANARMENIAN, quote), sanctions), quote).toBe(false);
      }
    }
  });

  it('leaves facts only one outlet reports on rows of their own', () => {
    const rows = alignArticles(seeds, { pivot: CGTN });
    for (const [file, quote] of [
      [CGTN, 'Moscow says the event will involve about 12,700 troops'],
      [SPUTNIK, 'The next G7 summit will take place in May'],
      [SEGODNYA, 'Мы сохраняем экономические санкции'],
      [PANARMENIAN, 'opened a four-day seminar'],
    ] as const) {
      const [id, index] = at(file, quote);
      const row = rows.find((r) => r.cells[id]?.includes(index));
      expect(Object.values(row?.cells ?? {}).flat(), quote).toHaveLength(1);
    }
  });
});
