import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';
import { planImport } from './import-plan.ts';
import type { ImportContext } from './import-plan.ts';
import { bodyEn, bodyRu, sampleBundle } from './test-fixtures.ts';
import { parseW3C, toW3C } from './w3c.ts';

const bundle = sampleBundle();

function context(bodies: Record<string, string>): ImportContext {
  return {
    articleById: (id) => (bodies[id] === undefined ? null : { id, body: bodies[id] }),
    articleByUrl: (url) =>
      url === 'https://example.org/news/rate' && bodies['art-en'] !== undefined
        ? { id: 'art-en', body: bodies['art-en'] }
        : null,
    codes: bundle.codes.map((c) => ({ id: c.id, name: c.name })),
  };
}

describe('planImport', () => {
  it('re-imports our own W3C export exactly', () => {
    const { items } = parseW3C(JSON.stringify(toW3C(bundle)));
    const plan = planImport(items, context({ 'art-en': bodyEn, 'art-ru': bodyRu }));
    expect(plan.problems).toEqual([]);
    expect(plan.ready).toHaveLength(4);
    plan.ready.forEach((r, k) => {
      const a = bundle.annotations[k];
      expect(r).toMatchObject({
        articleId: a?.articleId,
        start: a?.start,
        end: a?.end,
        status: 'anchored',
        confidence: 1,
        codeIds: a?.codeIds,
        note: a?.note,
        coder: a?.coder,
      });
      expect(r.quote).toEqual(a?.quote);
    });
  });

  it('re-anchors CSV rows in an edited article and matches codes by name', () => {
    const { items } = parseCsv(toCsv(bundle));
    const edited = 'UPDATE: ' + bodyEn;
    const plan = planImport(items, context({ 'art-en': edited, 'art-ru': bodyRu }));
    expect(plan.problems).toEqual([]);
    const first = plan.ready[0];
    expect(first?.status).toBe('anchored');
    expect(edited.slice(first?.start, first?.end)).toBe('raised its key rate');
    expect(first?.codeIds).toEqual(['economic']);
  });

  it('reports unknown articles, unknown codes and passages not in the text, per item', () => {
    const { items } = parseW3C(JSON.stringify(toW3C(bundle)));
    const broken = items.map((it, k) => {
      if (k === 0) return { ...it, articleId: 'missing', url: null };
      if (k === 1) return { ...it, codes: [...it.codes, { id: null, name: 'No such code' }] };
      if (k === 2) {
        return {
          ...it,
          quote: { ...it.quote, exact: 'qqqq zzzz wwww xxxx' },
          position: null,
        };
      }
      return it;
    });
    const plan = planImport(broken, context({ 'art-en': bodyEn, 'art-ru': bodyRu }));
    expect(plan.ready.map((r) => r.item)).toEqual([items[3]?.item]);
    expect(plan.problems.map((p) => p.item)).toEqual([
      items[0]?.item,
      items[1]?.item,
      items[2]?.item,
    ]);
    expect(plan.problems[0]?.reason).toMatch(/no such article/);
    expect(plan.problems[1]?.reason).toBe('unknown code(s): No such code');
    expect(plan.problems[2]?.reason).toMatch(/not found/);
  });

  it('finds the article by web address and codes by case-insensitive name', () => {
    const { items } = parseW3C(
      JSON.stringify({
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'tagging', value: 'loaded LANGUAGE' },
        target: {
          source: 'https://example.org/news/rate',
          selector: { type: 'TextQuoteSelector', exact: 'persistent inflation' },
        },
      }),
    );
    const plan = planImport(items, context({ 'art-en': bodyEn }));
    expect(plan.problems).toEqual([]);
    expect(plan.ready[0]).toMatchObject({ articleId: 'art-en', codeIds: ['loaded'] });
    expect(bodyEn.slice(plan.ready[0]?.start, plan.ready[0]?.end)).toBe('persistent inflation');
  });

  it('keeps a passage that only resembles the text as an orphan with its own quote', () => {
    const { items } = parseW3C(JSON.stringify(toW3C(bundle)));
    const rewritten = bodyEn.replace(
      'central bank raised its key rate',
      'regulator lifted its key rate',
    );
    const plan = planImport([items[0] as never], context({ 'art-en': rewritten }));
    expect(plan.problems).toEqual([]);
    expect(plan.ready[0]?.status).toBe('orphan');
    expect(plan.ready[0]?.quote.exact).toBe('raised its key rate');
    expect(plan.ready[0]?.confidence).toBeLessThan(0.75);
    expect(rewritten.slice(plan.ready[0]?.start, plan.ready[0]?.end)).toBe('lifted its key rate');
  });
});
