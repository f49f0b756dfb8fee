/**
 * Cross-language "find elsewhere": a selection in one language looked up in articles of the other,
 * without machine translation. The selection's features (shared/align/features.ts) become full-text
 * probe terms in the other script: glossary concepts become the other language's words (Russian as
 * stem prefixes, since Russian inflects: линии → `"лини"*`), names are written in the other script
 * (Gerasimov → `"Гераси"*`, Герасимовым → `"gerasimov"*`) and numbers stay numbers. Candidates found
 * that way are then ranked by the alignment similarity, which says why two passages match.
 */
import type { Feature } from '../align/features.ts';
import { extractFeatures } from '../align/features.ts';
import type { Glossary } from '../align/glossary.ts';
import { similarity, weighCollection } from '../align/similarity.ts';
import { stemWord } from '../align/stem.ts';
import { isStopword, tokenize } from '../align/tokens.ts';
import { foldCyrillicName, hasCyrillic, transliterate } from '../align/transliterate.ts';

/** Languages the glossary bridges; a selection in one is looked up in the others. */
const BRIDGED = ['en', 'ru'] as const;
type Bridged = (typeof BRIDGED)[number];

/** What a probe term stands for; entities and numbers identify a fact better than a concept. */
export type ProbeKind = 'entity' | 'number' | 'concept';

/** One full-text probe: an FTS5 MATCH expression for one token, and why it was made. */
export interface ProbeTerm {
  kind: ProbeKind;
  /** FTS5 expression: a quoted token, `*` after it for a prefix. */
  expression: string;
  /** The selection's word it comes from, for debugging and tests. */
  source: string;
}

/** Probes of a selection and the languages they target. */
export interface CrossLanguageProbes {
  /** Base language of the selection (given, else guessed from its script). */
  language: Bridged;
  /** Languages the candidates must be in. */
  targetLanguages: Bridged[];
  terms: ProbeTerm[];
}

/** Relative weight of a probe kind when tallying candidates before the similarity ranking. */
export const PROBE_WEIGHTS: Readonly<Record<ProbeKind, number>> = {
  entity: 3,
  number: 2,
  concept: 1,
};

/**
 * Latin → Cyrillic spellings of English renderings of Russian names, longest first; the inverse of
 * the BGN/PCGN-like table of shared/align/transliterate.ts. Ambiguous letters take the usual
 * choice (c before e/i/y is с, else к); the similarity ranking folds remaining spelling variants.
 */
const LATIN_TO_CYRILLIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch/g, 'щ'],
  [/sch/g, 'ш'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ch/g, 'ч'],
  [/sh/g, 'ш'],
  [/ts/g, 'ц'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/yo/g, 'ё'],
  [/^ye/g, 'е'],
  [/ph/g, 'ф'],
  [/th/g, 'т'],
  [/ck/g, 'к'],
  [/qu/g, 'кв'],
  [/x/g, 'кс'],
  [/c(?=[eiy])/g, 'с'],
  [/c/g, 'к'],
  [/j/g, 'дж'],
  [/w/g, 'в'],
  [/([aeiou])y(?![aeiou])/g, '$1й'],
  [/y/g, 'ы'],
];

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
};

/** Writes a Latin-script name in Cyrillic the way Russian outlets usually do (lower case). */
export function latinToCyrillic(name: string): string {
  let w = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  for (const [pattern, replacement] of LATIN_TO_CYRILLIC) w = w.replace(pattern, replacement);
  return [...w].map((ch) => LATIN_LETTERS[ch] ?? ch).join('');
}

/**
 * Name prefixes: the first letters of a name in the other script, short enough to survive case
 * endings and doubled letters written singly (Скапарротти / Скапаротти), long enough to be rare.
 */
const NAME_PREFIX_LENGTH = 6;
const MIN_NAME_PREFIX = 4;
/** Shortest stem looked up as a prefix; shorter ones match too many words. */
const MIN_STEM_PREFIX = 4;
/** Probe terms per selection at most, so a long selection costs a bounded number of lookups. */
export const MAX_PROBE_TERMS = 16;

function quoted(token: string, isPrefix: boolean): string {
  const q = `"${token.replace(/"/g, '""')}"`;
  return isPrefix ? `${q}*` : q;
}

/** The base language of a selection: the given code, else its script. */
function baseLanguage(text: string, language: string | null | undefined): Bridged {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'en' || base === 'ru') return base;
  return hasCyrillic(text) ? 'ru' : 'en';
}

/**
 * A name in the other script as prefix expressions, none when it gets too short. English writes
 * the Russian к as k or c (Куртис: Curtis, Скапарротти: Scaparrotti): both are probed.
 */
function namePrefixes(label: string, target: Bridged): string[] {
  const word = label.replace(/['’]s$/, '');
  const other =
    target === 'ru'
      ? latinToCyrillic(word)
      : transliterate(foldCyrillicName(word.toLowerCase())).toLowerCase();
  const letters = other.replace(/[^\p{L}]/gu, '');
  const stem = letters.replace(/[aeiouyаеёиоуыэюя]+$/, '');
  const prefix = stem.slice(0, NAME_PREFIX_LENGTH);
  if (prefix.length < MIN_NAME_PREFIX) return [];
  const variants = new Set([prefix]);
  if (target === 'en') variants.add(prefix.replace(/k(?!h)/g, 'c'));
  return [...variants].map((p) => quoted(p, true));
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** The target-language words of a concept as stem prefixes (content words of phrases each). */
function conceptTerms(glossary: Glossary, id: string, target: Bridged): string[] {
  const entry = glossary.entries.get(id);
  if (entry === undefined) return [];
  const out: string[] = [];
  for (const term of entry[target]) {
    for (const token of tokenize(term)) {
      if (token.value !== null || (isStopword(token.lower) && !token.isAcronym)) continue;
      // Stemmers may rewrite the end (military → militari): keep what the word and stem share.
      const stem = commonPrefix(token.lower, stemWord(token.lower));
      if (stem.length >= MIN_STEM_PREFIX) out.push(quoted(stem, true));
      else out.push(quoted(token.lower, false));
    }
  }
  return out;
}

function termsOf(feature: Feature, glossary: Glossary, target: Bridged): ProbeTerm[] {
  const make = (kind: ProbeKind, expressions: readonly string[]): ProbeTerm[] =>
    expressions.map((expression) => ({ kind, expression, source: feature.label }));
  switch (feature.kind) {
    case 'entity': {
      return make('entity', namePrefixes(feature.label, target));
    }
    case 'number':
    case 'date': {
      const digits = feature.kind === 'number' ? feature.key.slice(2) : '';
      const day = feature.kind === 'date' ? String(Number(feature.key.slice(5))) : '';
      const value = digits || day;
      return /^\d+$/.test(value) ? make('number', [quoted(value, false)]) : [];
    }
    case 'concept':
      return make('concept', conceptTerms(glossary, feature.key.slice(2), target));
    default:
      // Counts (two, 3) and untranslated words cannot find a passage in the other language.
      return [];
  }
}

/**
 * The probe terms of a selection in the other language(s): round by round, each feature's next
 * rendering, entities first, then numbers, then concepts; duplicates removed, at most
 * `MAX_PROBE_TERMS`.
 */
export function crossLanguageProbes(
  text: string,
  language: string | null | undefined,
  glossary: Glossary,
): CrossLanguageProbes {
  const base = baseLanguage(text, language);
  const targetLanguages = BRIDGED.filter((l) => l !== base);
  const features = extractFeatures(text, glossary);
  const order: Readonly<Record<ProbeKind, number>> = { entity: 0, number: 1, concept: 2 };
  const perFeature: ProbeTerm[][] = [];
  for (const target of targetLanguages) {
    for (const feature of features) perFeature.push(termsOf(feature, glossary, target));
  }
  perFeature.sort((x, y) => order[x[0]?.kind ?? 'concept'] - order[y[0]?.kind ?? 'concept']);
  // Round robin: every feature's first rendering before any feature's second, so one concept with
  // many synonyms cannot use up the budget of the others.
  const seen = new Set<string>();
  const terms: ProbeTerm[] = [];
  const depth = Math.max(0, ...perFeature.map((list) => list.length));
  for (let round = 0; round < depth && terms.length < MAX_PROBE_TERMS; round++) {
    for (const list of perFeature) {
      const term = list[round];
      if (term === undefined || seen.has(term.expression)) continue;
      seen.add(term.expression);
      terms.push(term);
      if (terms.length >= MAX_PROBE_TERMS) break;
    }
  }
  return { language: base, targetLanguages, terms };
}

/** A candidate passage to rank; `T` carries whatever the caller needs back. */
export interface RankInput<T> {
  text: string;
  language: string | null;
  item: T;
}

/** A ranked candidate: the similarity and the reason to show. */
export interface RankedCandidate<T> {
  item: T;
  score: number;
  reason: string;
}

/**
 * Below this similarity a candidate is not shown. Measured on the seeds: the Russian translation of
 * a CGTN sentence scores 0.50, passages of the same story sharing a fact 0.15–0.2, unrelated
 * sentences (weather, phones) 0.03 or less.
 */
export const MIN_CROSS_LANGUAGE_SCORE = 0.15;

/** Options of `rankCrossLanguage`. */
export interface RankOptions {
  /** Candidates scoring less are dropped; `MIN_CROSS_LANGUAGE_SCORE` by default. */
  minScore?: number;
  /**
   * Passages of the library that only count for rarity (document frequencies). Candidates were
   * found because they share the selection's names, so among them alone a name shared by all looks
   * common and weighs nothing; a sample of the library says how rare it really is.
   */
  background?: readonly { features: readonly Feature[]; language: string }[];
}

/**
 * Ranks candidates by similarity to the selection (entities, numbers, dates, concepts: only features
 * that cross languages count), best first; candidates below the minimum score are dropped. Rarity
 * weights are taken over the selection, the candidates and the background together.
 */
export function rankCrossLanguage<T>(
  selection: { text: string; language: string | null },
  candidates: readonly RankInput<T>[],
  glossary: Glossary,
  options: RankOptions = {},
): RankedCandidate<T>[] {
  const minScore = options.minScore ?? MIN_CROSS_LANGUAGE_SCORE;
  const base = baseLanguage(selection.text, selection.language);
  const all = [selection, ...candidates].map((p) => ({
    features: extractFeatures(p.text, glossary),
    language: baseLanguage(p.text, p.language),
  }));
  all[0] = { features: all[0]?.features ?? [], language: base };
  const weighed = weighCollection([...all, ...(options.background ?? [])]);
  const [query, ...rest] = weighed;
  if (query === undefined) return [];
  const ranked: RankedCandidate<T>[] = [];
  rest.forEach((passage, i) => {
    const candidate = candidates[i];
    if (candidate === undefined || passage.language === base) return;
    const { score, reason } = similarity(query, passage);
    if (score >= minScore) ranked.push({ item: candidate.item, score, reason });
  });
  return ranked.sort((a, b) => b.score - a.score);
}
