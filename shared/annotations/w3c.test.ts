import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, parseW3C, toW3C } from './w3c.ts';
import { sampleBundle } from './test-fixtures.ts';

describe('toW3C', () => {
  const bundle = sampleBundle();
  const collection = toW3C(bundle);

  it('writes a JSON-LD AnnotationCollection with the Web Annotation context', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(4);
  });

  it('describes each passage with tagging and commenting bodies, creator and both selectors', () => {
    const a2 = collection.first.items[1];
    expect(a2).toMatchObject({
      type: 'Annotation',
      motivation: 'classifying',
      creator: { type: 'Person', name: 'bob' },
      created: '2026-11-20T10:00:00.000Z',
    });
    expect(a2?.body).toEqual([
      {
        type: 'TextualBody',
        id: 'parallax:code/loaded',
        purpose: 'tagging',
        value: 'Loaded language',
        format: 'text/plain',
      },
      {
        type: 'TextualBody',
        id: 'parallax:code/economic',
        purpose: 'tagging',
        value: 'Economic',
        format: 'text/plain',
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Quote, with "marks",\nand a line break',
        format: 'text/plain',
      },
    ]);
    expect(a2?.target.source).toBe('parallax:article/art-en');
    expect(a2?.target.scope).toBe('https://example.org/news/rate');
    const [quote, position] = a2?.target.selector ?? [];
    expect(quote?.type).toBe('TextQuoteSelector');
    expect(quote?.exact).toBe('"reckless"');
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: bundle.annotations[1]?.start,
      end: bundle.annotations[1]?.end,
    });
    // A note alone is "commenting"; an article without a web address has no scope.
    expect(collection.first.items[2]?.motivation).toBe('commenting');
    expect(collection.first.items[2]?.target.scope).toBeUndefined();
  });

  it('exports an orphan by its quote alone: its offsets are into a text that has changed', () => {
    const bundle = sampleBundle();
    const [lost, ...rest] = bundle.annotations;
    if (!lost) throw new Error('no annotation');
    const withOrphan = {
      ...bundle,
      annotations: [{ ...lost, status: 'orphan' as const }, ...rest],
    };
    const [orphan, anchored] = toW3C(withOrphan).first.items;
    expect(orphan?.target.selector).toEqual([{ ...lost.quote, type: 'TextQuoteSelector' }]);
    expect(anchored?.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    const [back] = parseW3C(JSON.stringify(toW3C(withOrphan))).items;
    expect(back?.position).toBeNull();
    expect(back?.quote).toEqual(lost.quote);
  });

  it('round-trips through parseW3C', () => {
    const { items, problems } = parseW3C(JSON.stringify(collection, null, 2));
    expect(problems).toEqual([]);
    expect(items).toHaveLength(4);
    const back = items[1];
    expect(back?.sourceId).toBe('a2');
    expect(back?.articleId).toBe('art-en');
    expect(back?.url).toBe('https://example.org/news/rate');
    expect(back?.codes).toEqual([
      { id: 'loaded', name: 'Loaded language' },
      { id: 'economic', name: 'Economic' },
    ]);
    expect(back?.note).toBe('Quote, with "marks",\nand a line break');
    expect(back?.coder).toBe('bob');
    expect(back?.quote).toEqual(bundle.annotations[1]?.quote);
    expect(back?.position?.start).toBe(bundle.annotations[1]?.start);
    expect(items[3]?.coder).toBe('Борис');
    expect(items[2]?.quote.exact).toBe('«безрассудным» 😀');
  });
});

describe('parseW3C', () => {
  const good = {
    type: 'Annotation',
    motivation: 'tagging',
    body: { type: 'TextualBody', value: 'Economic' },
    bodyValue: undefined,
    target: {
      source: 'https://example.org/news/rate',
      selector: { type: 'TextQuoteSelector', exact: 'key rate', prefix: 'its ', suffix: ' to' },
    },
  };

  it('reports malformed JSON as a file problem and reads nothing', () => {
    const r = parseW3C('{"type": "Annotation",');
    expect(r.items).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.item).toBe('file');
    expect(r.problems[0]?.reason).toMatch(/not valid JSON/);
  });

  it('accepts a single annotation, an array and a page, from other tools too', () => {
    const one = parseW3C(JSON.stringify(good));
    expect(one.problems).toEqual([]);
    expect(one.items[0]).toMatchObject({
      articleId: null,
      url: 'https://example.org/news/rate',
      codes: [{ id: null, name: 'Economic' }],
      position: null,
    });
    expect(parseW3C(JSON.stringify([good, good])).items).toHaveLength(2);
    const page = { type: 'AnnotationPage', items: [good] };
    expect(parseW3C(JSON.stringify(page)).items).toHaveLength(1);
    const note = {
      ...good,
      body: undefined,
      bodyValue: 'just a comment',
      motivation: 'commenting',
    };
    expect(parseW3C(JSON.stringify(note)).items[0]?.note).toBe('just a comment');
  });

  it('reports each unusable item with its index and keeps the rest', () => {
    const items = [
      good,
      'not an object',
      { ...good, type: 'Note' },
      { ...good, target: 'https://example.org/news/rate' },
      {
        ...good,
        target: { source: 'https://x.org', selector: { type: 'TextQuoteSelector', exact: '' } },
      },
      { ...good, target: { source: 'urn:x', selector: good.target.selector } },
      { ...good, body: [] },
      good,
    ];
    const r = parseW3C(JSON.stringify(items));
    expect(r.items).toHaveLength(2);
    expect(r.problems.map((p) => p.item)).toEqual([
      'annotation 1',
      'annotation 2',
      'annotation 3',
      'annotation 4',
      'annotation 5',
      'annotation 6',
    ]);
    expect(r.problems[2]?.reason).toMatch(/TextQuoteSelector/);
    expect(r.problems[4]?.reason).toMatch(/no Parallax article and no web address/);
    expect(r.problems[5]?.reason).toMatch(/neither a code/);
  });

  it('rejects a file that is not annotations at all', () => {
    expect(parseW3C('{"hello": 1}').problems[0]?.reason).toMatch(/expected an annotation/);
    expect(parseW3C('42').items).toEqual([]);
  });
});
