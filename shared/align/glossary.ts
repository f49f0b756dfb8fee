/**
 * The bilingual glossary: language-independent concepts ("lines-of-communication") with the words
 * that express them in English and Russian (and Ukrainian for the core vocabulary), loaded from `shared/data/glossary-en-ru.json`, merged
 * with a user file, and compiled into a stem-keyed phrase table so that inflected text finds its
 * lemma (линии связи → lines-of-communication).
 */
import { z } from 'zod';
import rawGlossary from '../data/glossary-en-ru.json' with { type: 'json' };
import { stemWord } from './stem.ts';
import { isStopword, tokenize } from './tokens.ts';

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  domain: z.string().optional(),
  en: z.array(z.string().min(1)).default([]),
  ru: z.array(z.string().min(1)).default([]),
  /** Ukrainian words, for the core news vocabulary only (optional). */
  uk: z.array(z.string().min(1)).default([]),
  /** Value of a number word (three → 3). */
  number: z.number().optional(),
  /** Month number 1..12 for month names. */
  month: z.number().int().min(1).max(12).optional(),
});
/** One concept of the glossary. */
export type GlossaryEntry = z.infer<typeof entrySchema>;

/** Schema of the glossary data file and of user glossary files. */
export const glossarySchema = z.object({
  header: z.object({
    kind: z.literal('parallax.glossary'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    languages: z.array(z.string()).optional(),
    note: z.string().optional(),
  }),
  entries: z.array(entrySchema),
});
/** A validated glossary file. */
export type GlossaryData = z.infer<typeof glossarySchema>;

/** A phrase of the compiled glossary: the content-word stems that spell it, and its concepts. */
interface Phrase {
  stems: readonly string[];
  concepts: readonly string[];
}

/** The compiled glossary. Read-only; build one with `compileGlossary` or `loadGlossary`. */
export interface Glossary {
  /** First stem → phrases starting with it, longest first. */
  byFirstStem: ReadonlyMap<string, readonly Phrase[]>;
  /** Concept id → its entry (for labels, numbers and months). */
  entries: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * Stems of the content words of a term or of a text, in order. A one-word term is kept even when it
 * spells a stop word: the glossary's "us" is the acronym US, written in lower case.
 */
export function contentStems(text: string): string[] {
  const tokens = tokenize(text);
  return tokens
    .filter((t) => tokens.length === 1 || t.isAcronym || !isStopword(t.lower))
    .map((t) => stemWord(t.lower));
}

/**
 * Merges a user glossary over a base: an entry with a known id adds its words to that concept (and
 * may set number/month); a new id adds a concept. The base is not modified.
 */
export function mergeGlossaries(base: GlossaryData, user: GlossaryData): GlossaryData {
  const merged = new Map(
    base.entries.map((e) => [e.id, { ...e, en: [...e.en], ru: [...e.ru], uk: [...e.uk] }]),
  );
  for (const entry of user.entries) {
    const known = merged.get(entry.id);
    if (known === undefined) {
      merged.set(entry.id, { ...entry });
      continue;
    }
    known.en = [...new Set([...known.en, ...entry.en])];
    known.ru = [...new Set([...known.ru, ...entry.ru])];
    known.uk = [...new Set([...known.uk, ...entry.uk])];
    if (entry.number !== undefined) known.number = entry.number;
    if (entry.month !== undefined) known.month = entry.month;
  }
  return { header: base.header, entries: [...merged.values()] };
}

/** Compiles validated glossary data into the phrase table. Terms made only of stop words are skipped. */
export function compileGlossary(data: GlossaryData): Glossary {
  const phrases = new Map<string, Map<string, Set<string>>>();
  const entries = new Map<string, GlossaryEntry>();
  for (const entry of data.entries) {
    entries.set(entry.id, entry);
    for (const term of [...entry.en, ...entry.ru, ...entry.uk]) {
      const stems = contentStems(term);
      const first = stems[0];
      // "call for", "ни разу": a phrase reduced to one common word would claim that word.
      const words = term.split(/[\s]+/).length;
      if (first === undefined || (words > 1 && stems.length < 2)) continue;
      const key = stems.join(' ');
      const forFirst = phrases.get(first) ?? new Map<string, Set<string>>();
      phrases.set(first, forFirst);
      const concepts = forFirst.get(key) ?? new Set<string>();
      forFirst.set(key, concepts);
      concepts.add(entry.id);
    }
  }
  const byFirstStem = new Map<string, Phrase[]>();
  for (const [first, forFirst] of phrases) {
    const list = [...forFirst].map(([key, concepts]) => ({
      stems: key.split(' '),
      concepts: [...concepts].sort(),
    }));
    list.sort((a, b) => b.stems.length - a.stems.length);
    byFirstStem.set(first, list);
  }
  return { byFirstStem, entries };
}

let defaultGlossary: Glossary | null = null;

/** The shipped glossary, validated and compiled once. */
export function getDefaultGlossary(): Glossary {
  defaultGlossary ??= compileGlossary(glossarySchema.parse(rawGlossary));
  return defaultGlossary;
}

/**
 * The shipped glossary with a user file merged over it. `user` is the parsed JSON of the file;
 * throws a zod error naming the bad field when it does not follow `glossarySchema`.
 */
export function loadGlossary(user?: unknown): Glossary {
  if (user === undefined) return getDefaultGlossary();
  return compileGlossary(
    mergeGlossaries(glossarySchema.parse(rawGlossary), glossarySchema.parse(user)),
  );
}

/**
 * The longest glossary phrase starting at `stems[at]`: its length in stems and its concepts, or
 * null when no phrase starts there.
 */
export function matchPhrase(
  glossary: Glossary,
  stems: readonly string[],
  at: number,
): { length: number; concepts: readonly string[] } | null {
  const candidates = glossary.byFirstStem.get(stems[at] ?? '');
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    if (phrase.stems.every((s, i) => stems[at + i] === s)) {
      return { length: phrase.stems.length, concepts: phrase.concepts };
    }
  }
  return null;
}

/** Concepts of one word or phrase (any inflected form), e.g. `lookup(g, 'линий')` → ['line']. */
export function lookup(glossary: Glossary, text: string): readonly string[] {
  const stems = contentStems(text);
  const match = matchPhrase(glossary, stems, 0);
  return match !== null && match.length === stems.length ? match.concepts : [];
}

/** Display label of a concept: its first English word, else its id. */
export function conceptLabel(glossary: Glossary, id: string): string {
  return glossary.entries.get(id)?.en[0] ?? id;
}
