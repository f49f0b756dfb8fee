import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../tests/fixtures/import/bytes.ts';
import { parseImport } from '../pipeline.ts';
import type { ParsedArticle, ParseResult } from '../types.ts';
import { readJson } from './json.ts';

const registry = { entries: [] };
const TEXT =
  'The city council voted on Monday to close the old bridge to heavy traffic from next month.\n\nEngineers warned last year that the bridge could no longer carry lorries safely.';

function parse(value: unknown, name = 'articles.json'): ParseResult {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return parseImport({ name, bytes: encodeUtf8(text) }, { registry });
}

function articlesOf(result: ParseResult): ParsedArticle[] {
  if (!result.ok) throw new Error(result.error);
  return result.articles;
}

describe('JSON import', () => {
  it('reads one article object with its given fields, trusted with confidence 1', () => {
    const [article] = articlesOf(
      parse({
        title: 'Old bridge to close',
        text: TEXT,
        outlet: 'City News',
        published: '2024-05-06',
        language: 'EN',
      }),
    );
    expect(article?.title).toBe('Old bridge to close');
    expect(article?.body).toBe(TEXT);
    expect(article?.outlet).toMatchObject({ value: 'City News', confidence: 1 });
    expect(article?.language).toMatchObject({ value: 'en', confidence: 1 });
    expect(article?.published).toMatchObject({
      value: '2024-05-06',
      source: '2024-05-06',
      confidence: 1,
    });
    expect(article?.format).toBe('json');
  });

  it('reads an array with alternative field names and keeps each element as its raw text', () => {
    const articles = articlesOf(
      parse([
        { headline: 'First', body: TEXT, link: 'https://news.example.test/a' },
        { headline: 'Second', content: `${TEXT} Again.`, date: '2024-05-07' },
      ]),
    );
    expect(articles.map((a) => a.title)).toEqual(['First', 'Second']);
    expect(articles[0]?.url).toBe('https://news.example.test/a');
    expect(JSON.parse(articles[1]?.raw ?? '')).toMatchObject({ headline: 'Second' });
  });

  it('skips array elements without text', () => {
    expect(
      articlesOf(parse([{ title: 'No text here' }, { title: 'Has text', text: TEXT }])),
    ).toHaveLength(1);
  });

  it('fails clearly when no element has text', () => {
    expect(parse([{ title: 'a' }, { title: 'b' }])).toEqual({
      ok: false,
      error: 'no element of the JSON array has a text field (text, body or content)',
    });
  });

  it('names the line of malformed JSON', () => {
    const result = parse('{\n  "title": "Old bridge",\n  "text": "Engineers warned",,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^malformed JSON at line 3: /);
  });

  it('reports truncated JSON at its last line', () => {
    const result = parse('[\n {"text": "a"},\n {"text": "b"');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^malformed JSON at line 3: /);
  });

  it('reads a text field that holds HTML as a web page', () => {
    const html = `<div><p>${TEXT.split('\n\n')[0]}</p><p>Advertisement</p><p>${TEXT.split('\n\n')[1]}</p></div>`;
    const [article] = articlesOf(parse({ title: 'Old bridge to close', text: html }));
    expect(article?.body).toBe(TEXT);
    expect(article?.format).toBe('json');
  });

  it('unwraps an {"articles": [...]} export', () => {
    expect(
      articlesOf(parse({ articles: [{ text: TEXT }, { text: `${TEXT} More.` }] })),
    ).toHaveLength(2);
  });
});

describe('readJson', () => {
  it('uses the whole input as the raw text of a single object', () => {
    const input = JSON.stringify({ text: TEXT });
    const docs = readJson(input);
    expect(typeof docs === 'string' ? docs : docs[0]?.raw).toBe(input);
  });
});
