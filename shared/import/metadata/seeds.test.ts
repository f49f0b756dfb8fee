/**
 * The metadata functions on the five seed articles, against the hand-made ground truth: language,
 * credits, outlet (where the text gives evidence) and publication date, each from the raw lines.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from './credits.ts';
import { pickPublished } from './dates.ts';
import { detectLanguage } from './language.ts';
import { guessOutlet, loadDefaultRegistry } from './outlets.ts';

// shared/ type-checks without Node's types, so the test reaches node:fs through an untyped dynamic
// import with the one signature it needs. Paths are relative to the repository root (vitest's cwd).
const NODE_FS = 'node:fs';
const { readFileSync } = (await import(NODE_FS)) as { readFileSync(path: string): Uint8Array };
const read = (path: string): string => new TextDecoder().decode(readFileSync(path));

interface TruthArticle {
  file: string;
  outlet: string;
  language: string;
  published: string | null;
  date_line?: number;
  credited_source?: string;
}
const truth = JSON.parse(read('tests/fixtures/seeds-truth.json')) as { articles: TruthArticle[] };
const registry = loadDefaultRegistry();
const seed = (file: string): { article: TruthArticle; lines: string[] } => {
  const article = truth.articles.find((a) => a.file === file);
  if (article === undefined) throw new Error(`no truth for ${file}`);
  return { article, lines: read(`corpus/${file}`).split(/\r?\n/) };
};

const CGTN = '000_ef7b0e83e261ef28.txt';
const SPUTNIK = '001_987193fb79ae0728.txt';
const RT = '002_c3c36266fd6b828a.txt';
const PANARMENIAN = '003_862b637d27ff6694.txt';
const SEGODNYA = '004_97f0df2eef87aeec.txt';

describe.each(truth.articles.map((a) => a.file))('seed %s', (file) => {
  const { article, lines } = seed(file);

  it('is detected in its true language', () => {
    expect(detectLanguage(lines.join('\n'))?.value).toBe(article.language);
  });

  it('gets the true publication date, or none', () => {
    const published = pickPublished({ lines });
    expect(published.value).toBe(article.published);
    expect(published.line).toBe(article.date_line ?? null);
  });
});

describe('seed credits', () => {
  it.each([
    [CGTN, ['Xinhua']],
    [RT, ['Reuters']],
    [PANARMENIAN, ['AP']],
    [SEGODNYA, []],
  ])('%s credits %j', (file, credits) => {
    expect(findCredits(seed(file).lines.join('\n'))).toEqual(credits);
  });

  it('the PanARMENIAN seed credits the source the truth names', () => {
    const { article, lines } = seed(PANARMENIAN);
    expect(findCredits(lines.join('\n'))).toEqual([article.credited_source]);
  });

  it('the Sputnik seed credits only its own radio, which the outlet can exclude', () => {
    const text = seed(SPUTNIK).lines.join('\n');
    expect(findCredits(text)).toEqual(['Sputnik']);
    expect(findCredits(text, { exclude: ['Sputnik'] })).toEqual([]);
  });
});

describe('seed outlets', () => {
  it('CGTN from the name line under the title', () => {
    const { article, lines } = seed(CGTN);
    const guess = guessOutlet({ lines, fileName: CGTN }, registry);
    expect(guess?.value).toBe(article.outlet);
    expect(guess?.line).toBe(2);
    expect(guess?.confidence).toBe(0.85);
  });

  it('Sputnik from its own radio and comment widget, not only its photo credit', () => {
    const { article, lines } = seed(SPUTNIK);
    const guess = guessOutlet({ lines, fileName: SPUTNIK }, registry);
    expect(guess?.value).toBe(article.outlet);
    expect(guess?.line).toBe(11);
    expect(guess?.confidence).toBeGreaterThan(0.6);
    expect(guess?.confidence).toBeLessThan(0.85);
  });

  it('PanARMENIAN.Net from its dateline prefix', () => {
    const { article, lines } = seed(PANARMENIAN);
    const guess = guessOutlet({ lines, fileName: PANARMENIAN }, registry);
    expect(guess?.value).toBe(article.outlet);
    expect(guess?.line).toBe(5);
  });

  it.each([RT, SEGODNYA])(
    '%s names no outlet in its text: no guess rather than a wrong one',
    (file) => {
      expect(guessOutlet({ lines: seed(file).lines, fileName: file }, registry)).toBeNull();
    },
  );

  it.each([
    [RT, 'https://www.rt.com/news/227819-nato-russia-military-communication/'],
    [SEGODNYA, 'https://www.segodnya.ua/world/v-nato-obyasnili-sblizhenie-s-rossiey-1099440.html'],
  ])('%s is found from its URL when the import has one', (file, url) => {
    const { article, lines } = seed(file);
    expect(guessOutlet({ lines, url }, registry)?.value).toBe(article.outlet);
  });
});
