import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../tests/fixtures/import/bytes.ts';
import { parseImport } from '../pipeline.ts';
import type { ParsedArticle } from '../types.ts';
import { cleanPageTitle } from './html-meta.ts';
import { readHtml } from './html.ts';

// shared/ type-checks without Node's types: node:fs comes through an untyped dynamic import.
const NODE_FS = 'node:fs';
const { readFileSync } = (await import(NODE_FS)) as { readFileSync(path: string): Uint8Array };
const page = new TextDecoder().decode(readFileSync('tests/fixtures/import/saved-page.html'));
const registry = { entries: [] };

function parseHtml(html: string, name = 'page.html'): ParsedArticle {
  const result = parseImport({ name, bytes: encodeUtf8(html) }, { registry });
  if (!result.ok) throw new Error(result.error);
  return result.articles[0] as ParsedArticle;
}

describe('readHtml on a saved news page', () => {
  const doc = readHtml(page);
  const article = parseHtml(page);

  it('keeps one block of visible text per line', () => {
    expect(doc.sourceText.split('\n')).toContain('Baltic states hold joint air-defence drill');
    expect(doc.sourceText.split('\n')).toContain(
      'Officials said no live missiles would be fired during the exercise, which involves about 1,200 troops.',
    );
  });

  it('drops scripts, styles, navigation, the site header and footer, and asides', () => {
    for (const gone of [
      'dataLayer',
      'tracking',
      'font-family',
      'Business',
      '10:41',
      'All rights reserved',
      'Storm batters',
    ]) {
      expect(doc.sourceText).not.toContain(gone);
    }
  });

  it('decodes entities', () => {
    expect(doc.sourceText).toContain('three countries’ new');
    expect(doc.sourceText).toContain('radar data\u00a0& hand over');
    expect(doc.sourceText).toContain('“We train as we would fight,”');
  });

  it('reads the title, canonical URL, site name, keywords and declared language', () => {
    expect(doc.titleHint).toBe('Baltic states hold joint air-defence drill');
    expect(doc.url).toBe('https://www.example-herald.test/world/2023/03/14/baltic-drill');
    expect(doc.meta.siteName).toBe('The Example Herald');
    expect(doc.meta.keywords).toEqual(['Baltic states', 'air defence', 'NATO']);
    expect(doc.meta.language).toBe('en-GB');
  });

  it('offers the published time, JSON-LD dates and <time datetime> as date evidence', () => {
    expect(doc.meta.dates.map((d) => d.source)).toEqual([
      'article:published_time',
      'datePublished (JSON-LD)',
      'dateModified (JSON-LD)',
      'time[datetime]',
    ]);
  });

  it('keeps exactly the article paragraphs in the body', () => {
    expect(article.body.split('\n\n')).toEqual([
      'Estonia, Latvia and Lithuania began a joint air-defence exercise on Tuesday, the first to involve all three countries’ new medium-range systems.',
      'The drill, which runs until Friday, tests how quickly the three armies can share radar data\u00a0& hand over targets across borders, the Estonian defence ministry said.',
      '“We train as we would fight,” said Col. Mart Example, who leads the Estonian contingent. “Every minute counts.”',
      'Officials said no live missiles would be fired during the exercise, which involves about 1,200 troops.',
    ]);
  });

  it('names the page chrome it removed', () => {
    const reasonOf = (text: string): string | null | undefined =>
      article.lines.find((l) => l.text === text)?.reason;
    expect(article.lines.some((l) => l.text === 'Share')).toBe(false);
    expect(reasonOf('Copy link')).toBe('share widget');
    expect(reasonOf('Advertisement')).toBe('advertisement label');
    expect(reasonOf('READ MORE: Finland opens first section of border fence')).toBe(
      'related link (READ MORE)',
    );
    expect(reasonOf('Europe')).toBe('section label');
  });

  it('takes the figure caption as a caption', () => {
    expect(article.captions).toEqual([
      'Estonian soldiers at a radar station near Tallinn, March 13, 2023.',
    ]);
  });

  it('fills title, URL, outlet and keywords of the article', () => {
    expect(article.title).toBe('Baltic states hold joint air-defence drill');
    expect(article.url).toBe('https://www.example-herald.test/world/2023/03/14/baltic-drill');
    expect(article.outlet).toMatchObject({
      value: 'The Example Herald',
      source: 'The Example Herald',
    });
    expect(article.keywords).toEqual(['Baltic states', 'air defence', 'NATO']);
  });

  it('takes the publication date from the page metadata (depends on shared/import/metadata)', () => {
    expect(article.published.value?.startsWith('2023-03-14')).toBe(true);
  });
});

describe('readHtml on harder pages', () => {
  const P1 =
    'The city council voted on Monday to close the old bridge to heavy traffic from next month.';
  const P2 =
    'Engineers warned last year that the bridge could no longer carry lorries safely, the council said.';

  it('finds the densest container when there is no <article> and calls the sidebar chrome', () => {
    const html = `<html><body><div id="side"><p>Weather: sunny and warm all week across the region, forecasters say.</p></div>
      <div id="content"><h1>Old bridge to close</h1><div class="text"><p>${P1}</p><p>${P2}</p></div></div></body></html>`;
    const article = parseHtml(html);
    expect(article.body).toBe(`${P1}\n\n${P2}`);
    expect(article.lines[0]).toMatchObject({ role: 'chrome', reason: 'outside the article' });
  });

  it('reads truncated markup', () => {
    const article = parseHtml(
      `<!doctype html><html><body><h1>Old bridge to close</h1><p>${P1}<p>${P2}<p>The vote was 31`,
    );
    expect(article.bodyLines).toEqual([2, 3]);
    expect(article.title).toBe('Old bridge to close');
  });

  it('splits lines at <br>', () => {
    expect(readHtml(`<p>${P1}<br>${P2}</p>`).sourceText).toBe(`${P1}\n${P2}`);
  });

  it('drops hidden elements', () => {
    expect(
      readHtml(`<p>${P1}</p><div hidden><p>secret</p></div><p style="display:none">gone</p>`)
        .sourceText,
    ).toBe(P1);
  });

  it('falls back to the <title> without the site name', () => {
    expect(readHtml(`<title>Old bridge to close - City News</title><p>${P1}</p>`).titleHint).toBe(
      'Old bridge to close',
    );
  });

  it('reads a tag list marked by its class as keywords', () => {
    const html = `<article><h1>Old bridge to close</h1><p>${P1}</p><p>${P2}</p>
      <ul class="article-tags"><li>Transport</li><li>City council</li></ul></article>`;
    const article = parseHtml(html);
    expect(article.keywords).toEqual(['Transport', 'City council']);
    expect(article.lines.filter((l) => l.role === 'keywords')).toHaveLength(2);
  });

  it('calls the lines of a widget marked by its class chrome, unless a rule names them', () => {
    const html = `<article><h1>Old bridge to close</h1><p>${P1}</p>
      <div class="related-stories"><p>Ferry prices to rise in spring, operator says</p><p>Advertisement</p></div><p>${P2}</p></article>`;
    const article = parseHtml(html);
    const reasonOf = (text: string): string | null | undefined =>
      article.lines.find((l) => l.text === text)?.reason;
    expect(reasonOf('Ferry prices to rise in spring, operator says')).toBe('page widget (related)');
    expect(reasonOf('Advertisement')).toBe('advertisement label');
  });

  it('ignores a widget class on an element that encloses the article', () => {
    const html = `<body class="social-enabled"><article><h1>Old bridge</h1><p>${P1}</p><p>${P2}</p></article></body>`;
    expect(parseHtml(html).bodyLines).toEqual([2, 3]);
  });

  it('survives broken JSON-LD', () => {
    expect(
      readHtml(`<script type="application/ld+json">{"@type": "NewsArticle",</script><p>${P1}</p>`)
        .sourceText,
    ).toBe(P1);
  });
});

describe('cleanPageTitle', () => {
  it('removes a site name after a separator', () => {
    expect(cleanPageTitle('Talks resume in Geneva | Example News', 'Example News')).toBe(
      'Talks resume in Geneva',
    );
  });

  it('removes the site name before a separator', () => {
    expect(
      cleanPageTitle('Example News - Talks resume in Geneva after a long pause', 'Example News'),
    ).toBe('Talks resume in Geneva after a long pause');
  });

  it('keeps a title whose dash is part of the headline', () => {
    expect(cleanPageTitle('Russia - NATO talks: what we know so far about the meeting', null)).toBe(
      'Russia - NATO talks: what we know so far about the meeting',
    );
  });
});
