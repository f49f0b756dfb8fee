import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../align/features.ts';
import { getDefaultGlossary } from '../align/glossary.ts';
import { loadSeedArticles } from '../align/testing/seeds.ts';
import {
  crossLanguageProbes,
  latinToCyrillic,
  MAX_PROBE_TERMS,
  rankCrossLanguage,
} from './cross-language.ts';

const glossary = getDefaultGlossary();
const seeds = loadSeedArticles();
const cgtnSentence =
  'demonstrates a clear mutual interest to maintain the military lines of communication';

/** Every passage of the Russian seeds as a ranking candidate, tagged with its text. */
const russianPassages = seeds
  .filter((a) => a.language === 'ru')
  .flatMap((a) => a.passages.map((p) => ({ text: p.text, language: a.language, item: p.text })));

function expressions(text: string, language: string | null): string[] {
  return crossLanguageProbes(text, language, glossary).terms.map((t) => t.expression);
}

describe('latinToCyrillic', () => {
  it('writes English renderings of Russian names in Cyrillic', () => {
    expect(latinToCyrillic('Gerasimov')).toBe('герасимов');
    expect(latinToCyrillic('Scaparrotti')).toBe('скапарротти');
    expect(latinToCyrillic('Shcherbakov')).toBe('щербаков');
    expect(latinToCyrillic('Zhukov')).toBe('жуков');
  });
});

describe('crossLanguageProbes', () => {
  it('targets Russian for an English selection and English for a Russian one', () => {
    expect(crossLanguageProbes(cgtnSentence, 'en', glossary).targetLanguages).toEqual(['ru']);
    expect(crossLanguageProbes('линии связи', null, glossary).targetLanguages).toEqual(['en']);
  });

  it('turns glossary concepts into Russian stem prefixes', () => {
    const terms = expressions(cgtnSentence, 'en');
    expect(terms).toContain('"связ"*');
    expect(terms).toContain('"обоюдн"*');
    expect(terms).toContain('"заинтересованност"*');
  });

  it('writes names in the other script as prefixes that survive case endings', () => {
    expect(expressions('Gerasimov spoke to Scaparrotti', 'en')).toEqual(
      expect.arrayContaining(['"гераси"*', '"скапар"*']),
    );
    expect(expressions('встреча Скапарротти и Герасимовым', 'ru')).toEqual(
      expect.arrayContaining(['"gerasi"*', '"skapar"*']),
    );
  });

  it('probes both English spellings of the Russian к in names', () => {
    expect(expressions('встреча Куртиса Скапарротти', 'ru')).toEqual(
      expect.arrayContaining(['"kurtis"*', '"curtis"*', '"skapar"*', '"scapar"*']),
    );
  });

  it('keeps numbers and puts names and numbers before concepts', () => {
    const terms = crossLanguageProbes('Gerasimov called in April 2014', 'en', glossary).terms;
    expect(terms.map((t) => t.expression)).toContain('"2014"');
    expect(terms[0]?.kind).toBe('entity');
    expect(terms.findIndex((t) => t.kind === 'concept')).toBeGreaterThan(
      terms.findIndex((t) => t.kind === 'number'),
    );
  });

  it('bounds the number of probes for a long selection', () => {
    const long = Array(20).fill(cgtnSentence).join('. ') + ' Gerasimov Pavel Scaparrotti 2014';
    expect(crossLanguageProbes(long, 'en', glossary).terms.length).toBeLessThanOrEqual(
      MAX_PROBE_TERMS,
    );
  });
});

describe('rankCrossLanguage', () => {
  it('ranks the Segodnya translation first for the CGTN lines-of-communication sentence', () => {
    const ranked = rankCrossLanguage(
      { text: cgtnSentence, language: 'en' },
      russianPassages,
      glossary,
    );
    expect(ranked[0]?.item).toContain(
      'обоюдную заинтересованность поддерживать военные линии связи',
    );
    expect(ranked[0]?.reason).toMatch(/lines of communication/);
  });

  it('finds no confident match for an unrelated sentence', () => {
    for (const text of [
      'The weather in Paris was sunny and the cafes were full of tourists.',
      'Apple released a new phone with a better camera and longer battery life.',
    ]) {
      expect(rankCrossLanguage({ text, language: 'en' }, russianPassages, glossary)).toEqual([]);
    }
  });

  it('weighs a name by its rarity in the background, not among candidates that all share it', () => {
    const text = 'встреча Куртиса Скапарротти и Валерия Герасимова';
    const english = seeds
      .filter((a) => a.language === 'en')
      .flatMap((a) => a.passages.map((p) => ({ text: p.text, language: 'en', item: p.text })));
    const withName = english.filter((p) => p.text.includes('Gerasimov'));
    const background = english.map((p) => ({
      features: extractFeatures(p.text, glossary),
      language: 'en',
    }));
    const alone = rankCrossLanguage({ text, language: 'ru' }, withName, glossary);
    const weighed = rankCrossLanguage({ text, language: 'ru' }, withName, glossary, { background });
    expect(weighed.length).toBeGreaterThan(alone.length);
    expect(weighed[0]?.reason).toMatch(/entities: Valery, Gerasimov/);
  });

  it('never returns a candidate in the language of the selection', () => {
    const english = seeds
      .filter((a) => a.language === 'en')
      .flatMap((a) => a.passages.map((p) => ({ text: p.text, language: 'en', item: p.text })));
    expect(rankCrossLanguage({ text: cgtnSentence, language: 'en' }, english, glossary)).toEqual(
      [],
    );
  });
});
