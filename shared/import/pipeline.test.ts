import { describe, expect, it } from 'vitest';
import { encodeSingleByte, encodeUtf16, encodeUtf8 } from '../../tests/fixtures/import/bytes.ts';
import { bodyToSource } from './body.ts';
import { contentKey } from './content-key.ts';
import { MAX_FILE_BYTES, parseImport, sniffFormat } from './pipeline.ts';
import type { ParsedArticle, ParseResult } from './types.ts';

const registry = { entries: [] };
const P1 =
  'The city council voted on Monday to close the old bridge to heavy traffic from next month.';
const P2 =
  'Engineers warned last year that the bridge could no longer carry lorries safely, the council said.';
const RU =
  'Городской совет в понедельник проголосовал за закрытие старого моста для грузовиков со следующего месяца.\n\nИнженеры еще в прошлом году предупреждали, что мост больше не выдерживает тяжелый транспорт.';

function parse(name: string, bytes: Uint8Array): ParseResult {
  return parseImport({ name, bytes }, { registry });
}

function parseText(text: string, name = 'a.txt'): ParsedArticle {
  const result = parse(name, encodeUtf8(text));
  if (!result.ok) throw new Error(result.error);
  return result.articles[0] as ParsedArticle;
}

describe('parseImport: bad input', () => {
  it('refuses an empty file', () => {
    expect(parse('a.txt', new Uint8Array(0))).toEqual({ ok: false, error: 'empty file' });
  });

  it('refuses a whitespace-only file', () => {
    expect(parse('a.txt', encodeUtf8(' \n\t\r\n  '))).toEqual({ ok: false, error: 'empty file' });
  });

  it('refuses a binary file with what it looks like', () => {
    const gif = Uint8Array.of(0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0);
    expect(parse('picture.txt', gif)).toEqual({
      ok: false,
      error: 'binary file (looks like GIF image)',
    });
  });

  it('refuses a file above the size limit without decoding it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(parse('dump.txt', huge)).toEqual({
      ok: false,
      error: 'file too large (50.0 MB; the limit is 20.0 MB)',
    });
  });

  it('parses a large file under the limit', () => {
    const count = Math.floor(2_000_000 / (P1.length + P2.length + 12));
    const paragraphs = Array.from({ length: count }, (_, i) => `${i}. ${P1} ${P2}`);
    const text = `Old bridge to close\n\n${paragraphs.join('\n\n')}`;
    const result = parse('big.txt', encodeUtf8(text));
    expect(result.ok && result.articles[0]?.bodyLines.length).toBeGreaterThan(9_000);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
  });

  it('turns an unexpected failure into an error instead of throwing', () => {
    const rules = { line: [], tail: [], photoCredit: [], keywordsPrefix: [], datelinePrefix: [] };
    const broken = { ...rules, line: null } as unknown as typeof rules;
    const result = parseImport(
      { name: 'a.txt', bytes: encodeUtf8(`Bridge\n\n${P1}`) },
      { registry, rules: broken },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^could not read the file \(/);
  });

  it('says so when only page chrome is left', () => {
    expect(parse('a.txt', encodeUtf8('Share\nAdvertisement\n---\nComments'))).toEqual({
      ok: false,
      error: 'no article text found',
    });
  });
});

describe('parseImport: formats and encodings', () => {
  it('sniffs HTML, JSON and text behind unknown extensions', () => {
    expect(sniffFormat('  <!DOCTYPE html><html><body><p>x</p>')).toBe('html');
    expect(sniffFormat('{"text": "x"}')).toBe('json');
    expect(sniffFormat('[citation needed] is a tag')).toBe('txt');
    expect(
      parseText(`<html><body><h1>Bridge</h1><p>${P1}</p></body></html>`, 'saved.page').format,
    ).toBe('html');
  });

  it('reads a Windows-1251 file and says so', () => {
    const result = parse('ru.txt', encodeSingleByte(`Мост закроют\n\n${RU}`, 'windows-1251'));
    expect(result.ok && result.articles[0]?.encoding).toBe('windows-1251');
    expect(result.ok && result.articles[0]?.title).toBe('Мост закроют');
  });

  it('reads a UTF-16 file with a BOM', () => {
    const result = parse('ru.txt', encodeUtf16(`Мост закроют\r\n\r\n${RU}`, true, true));
    expect(result.ok && result.articles[0]?.body).toBe(RU);
  });
});

describe('parseImport: the clean body', () => {
  it('joins body lines with blank lines and maps spans back through CRLF line ends', () => {
    const article = parseText(`Old bridge to close\r\n\r\n  ${P1}  \r\n\r\n${P2}\r\n`);
    expect(article.body).toBe(`${P1}\n\n${P2}`);
    expect(article.bodyLines).toEqual([3, 5]);
    const at = article.body.indexOf('Engineers');
    expect(
      article.sourceText.slice(bodyToSource(article.bodySpans, at) ?? -1).startsWith('Engineers'),
    ).toBe(true);
  });

  it('keeps a wire dateline prefix out of the body but the line in it', () => {
    const article = parseText(`Bridge to close\n\nLONDON (Reuters) - ${P1}\n\n${P2}`);
    expect(article.datelinePrefix).toBe('LONDON (Reuters) - ');
    expect(article.body.startsWith('The city council')).toBe(true);
    expect(article.bodyLines).toEqual([3, 5]);
    expect(article.bodySpans[0]?.sourceStart).toBe(article.sourceText.indexOf('The city council'));
  });

  it('keeps a Russian agency dateline out of the body', () => {
    const article = parseText(`Мост закроют\n\nМОСКВА, 8 янв — РИА Новости. ${RU}`);
    expect(article.datelinePrefix).toBe('МОСКВА, 8 янв — РИА Новости. ');
    expect(article.body.startsWith('Городской совет')).toBe(true);
  });

  it('cuts the body into sentence passages with offsets into the body', () => {
    const article = parseText(`Bridge\n\n${P1} It was a close vote.\n\n${P2}`);
    expect(article.passages.map((p) => [p.paragraph, p.text])).toEqual([
      [0, P1],
      [0, 'It was a close vote.'],
      [1, P2],
    ]);
    for (const p of article.passages) expect(article.body.slice(p.start, p.end)).toBe(p.text);
  });

  it('makes a title from the first sentence when there is no headline', () => {
    expect(parseText(`${P1}\n\n${P2}`).title).toBe(
      'The city council voted on Monday to close the old bridge to heavy traffic from next month.',
    );
  });

  it('does not take a date inside a body sentence as the publication date', () => {
    const article = parseText(
      `Bridge to close\n\nOn 12 March 2021 the council first discussed the bridge.\n\n${P2}`,
    );
    expect(article.published.value).toBeNull();
  });
});

describe('contentKey', () => {
  it('is the same for the same text under another name, encoding and page chrome', () => {
    const a = parseText(`Мост закроют\n\n${RU}`, 'one.txt');
    const result = parse(
      'two.TXT',
      encodeSingleByte(`Мост закроют\nПоделиться\n\n${RU}\n\nРеклама`, 'windows-1251'),
    );
    if (!result.ok) throw new Error(result.error);
    expect(contentKey(result.articles[0] as ParsedArticle)).toBe(contentKey(a));
  });

  it('ignores case, quote style, no-break spaces and line wrapping', () => {
    expect(contentKey({ body: '“NATO’s\u00a0move,” he said.\n\nNext.' })).toBe(
      contentKey({ body: '"nato\'s move," He said. next.' }),
    );
  });

  it('differs for different text', () => {
    expect(contentKey({ body: 'The bridge will close.' })).not.toBe(
      contentKey({ body: 'The bridge will open.' }),
    );
  });
});
