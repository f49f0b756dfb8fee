/**
 * A generated news corpus for the search benchmark, English and Russian, deterministic per seed.
 *
 * How it is made: sentences are expanded from a small news-register grammar
 * (search-corpus-grammar.json: 15 sentence templates per language, slots for actors, organisations,
 * reporting verbs, actions, objects, places, times; Russian slots are pre-inflected per case).
 * Slot values are drawn with a Zipf-like skew, as words are in real text, so function words and a
 * few dozen content words are very common and the rest form a tail. Proper names and places are
 * built from syllables into pools of tens of thousands and drawn with a steep skew, and numbers,
 * years and dates vary, which gives the long tail of rare tokens that real coverage has (names,
 * figures). About one sentence in 200 is a verbatim sentence of the sample corpus, with its curly
 * quotes and no-break spaces. Articles have 6–10 paragraphs of 3–6 sentences (~600 words); 70% are
 * English, 30% Russian.
 */
import grammar from './search-corpus-grammar.json' with { type: 'json' };
import { loadSentences, prng } from './generate-corpus.ts';
import type { ArticleSpec } from './search-articles.ts';

type Random = () => number;
type Language = 'en' | 'ru';

interface LanguageGrammar {
  templates: string[];
  slots: Record<string, string[]>;
  firstNames: string[];
  syllables: string[];
  placeEnds: string[];
  surnameEnds?: string[];
}

/** Index into a list of `n` with a skew toward the front: exponent 1 is uniform, 3 is steep. */
function skewed(n: number, random: Random, exponent: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** exponent));
}

function pick<T>(list: readonly T[], random: Random, exponent = 1.6): T {
  return list[skewed(list.length, random, exponent)] as T;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function buildPool(size: number, random: Random, make: () => string): string[] {
  const seen = new Set<string>();
  for (let tries = 0; seen.size < size && tries < size * 4; tries += 1) seen.add(make());
  return [...seen];
}

class SentenceMaker {
  private readonly g: LanguageGrammar;
  private readonly language: Language;
  private readonly random: Random;
  private readonly surnames: string[];
  private readonly places: string[];
  private readonly seeds: string[];

  constructor(language: Language, random: Random, seeds: string[]) {
    this.g = grammar[language] as LanguageGrammar;
    this.language = language;
    this.random = random;
    this.seeds = seeds;
    const syllables = (min: number, max: number) =>
      Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () =>
        pick(this.g.syllables, random, 1),
      ).join('');
    this.surnames = buildPool(30_000, random, () =>
      capitalize(syllables(1, 3) + (this.g.surnameEnds ? pick(this.g.surnameEnds, random, 1) : '')),
    );
    this.places = buildPool(12_000, random, () =>
      capitalize(syllables(1, 2) + pick(this.g.placeEnds, random, 1)),
    );
  }

  private number(): string {
    const n = Math.floor(10 ** (this.random() * 4.5));
    if (n < 1000) return String(n);
    const grouped = n.toLocaleString('en-US');
    // Russian groups thousands with a no-break space, as the outlets print them.
    return this.language === 'ru' ? grouped.replace(/,/g, '\u00a0') : grouped;
  }

  private slot(name: string): string {
    const r = this.random;
    switch (name) {
      case 'NAME':
        return `${pick(this.g.firstNames, r)} ${this.surnames[skewed(this.surnames.length, r, 3)]}`;
      case 'SURNAME':
        return this.surnames[skewed(this.surnames.length, r, 3)] ?? '';
      case 'PLACE':
        return this.places[skewed(this.places.length, r, 3)] ?? '';
      case 'NUM':
        return this.number();
      case 'YEAR':
        return String(1990 + Math.floor(r() * 35));
      case 'DAY':
        return String(1 + Math.floor(r() * 28));
      case 'PCT':
        return this.language === 'ru'
          ? `${Math.floor(r() * 90) + 1},${Math.floor(r() * 10)}`
          : `${Math.floor(r() * 90) + 1}.${Math.floor(r() * 10)}`;
      default: {
        const options = this.g.slots[name];
        if (!options) throw new Error(`grammar has no slot ${name}`);
        const value = this.expand(pick(options, r));
        return name.endsWith('_CAP') ? capitalize(value) : value;
      }
    }
  }

  private expand(template: string): string {
    return template.replace(/\{([A-Z_]+)\}/g, (_, name: string) => this.slot(name));
  }

  sentence(): string {
    if (this.seeds.length && this.random() < 0.005) return pick(this.seeds, this.random, 1);
    const text = this.expand(pick(this.g.templates, this.random, 1))
      .replace(/ {2,}/g, ' ')
      .replace(/ ([,.])/g, '$1');
    return capitalize(text);
  }
}

const outlets: Record<Language, string[]> = {
  en: ['CGTN', 'Reuters', 'RT', 'Sputnik International', 'BBC', 'Associated Press', 'TASS'],
  ru: ['РИА Новости', 'Страна.ua', 'ТАСС', 'Интерфакс', 'Коммерсантъ', 'RT на русском'],
};

/** Generates articles one by one; the same seed gives the same corpus. */
export function createCorpusGenerator(seed = 1) {
  const random = prng(seed);
  const seeds = loadSentences();
  const makers = {
    en: new SentenceMaker('en', random, seeds.en),
    ru: new SentenceMaker('ru', random, seeds.ru),
  };
  return {
    next(index: number): ArticleSpec & { language: Language } {
      const language: Language = random() < 0.7 ? 'en' : 'ru';
      const maker = makers[language];
      const paragraphs: string[] = [];
      const count = 6 + Math.floor(random() * 5);
      for (let p = 0; p < count; p += 1) {
        const size = 3 + Math.floor(random() * 4);
        paragraphs.push(Array.from({ length: size }, () => maker.sentence()).join(' '));
      }
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      return {
        title: `${
          maker
            .sentence()
            .split(/[,.:«»"“]/)[0]
            ?.slice(0, 90) ?? 'Article'
        } (${index})`,
        paragraphs,
        language,
        outlet: pick(outlets[language], random, 1),
        published: `${2011 + Math.floor(random() * 14)}-${month}-${day}`,
      };
    },
  };
}
