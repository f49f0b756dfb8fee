import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../tests/fixtures/import/bytes.ts';
import { parseImport } from '../pipeline.ts';
import type { ParsedArticle } from '../types.ts';
import { readMarkdown } from './markdown.ts';

const P1 =
  'The city council voted on Monday to close the old bridge to heavy traffic from next month.';
const P2 = 'Engineers warned last year that the bridge could no longer carry lorries safely.';

function parseMd(text: string): ParsedArticle {
  const result = parseImport(
    { name: 'note.md', bytes: encodeUtf8(text) },
    { registry: { entries: [] } },
  );
  if (!result.ok) throw new Error(result.error);
  return result.articles[0] as ParsedArticle;
}

describe('Markdown import', () => {
  it('takes the first "# " heading as the title', () => {
    const article = parseMd(`# Old bridge to close\n\n${P1}\n\n${P2}\n`);
    expect(article.title).toBe('Old bridge to close');
    expect(article.lines[0]?.role).toBe('title');
    expect(article.bodyLines).toEqual([3, 5]);
  });

  it('keeps quote and list markers out of the body text', () => {
    const article = parseMd(`# Old bridge\n\n> ${P1}\n\n- ${P2}\n`);
    expect(article.body).toBe(`${P1}\n\n${P2}`);
    expect(article.bodySpans[0]?.sourceStart).toBe(article.sourceText.indexOf(P1));
  });

  it('reads front matter as metadata and chrome', () => {
    const text = `---\ntitle: "Old bridge to close"\ndate: 2024-05-06\noutlet: City News\n---\n${P1}\n${P2}\n`;
    const article = parseMd(text);
    expect(article.title).toBe('Old bridge to close');
    expect(article.outlet?.value).toBe('City News');
    expect(
      article.lines.slice(0, 5).every((l) => l.role === 'chrome' && l.reason === 'front matter'),
    ).toBe(true);
    expect(article.bodyLines).toEqual([6, 7]);
  });

  it('turns an image line into a caption', () => {
    const doc = readMarkdown(`# Bridge\n\n![The old bridge at dusk](bridge.jpg)\n\n${P1}`);
    expect(doc.lines[2]).toMatchObject({
      content: 'The old bridge at dusk',
      preset: { role: 'caption' },
    });
  });
});
