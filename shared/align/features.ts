/**
 * Passage features for cross-lingual matching without machine translation: named entities (keyed by
 * transliteration and inflection folding), numbers and dates (normalised), glossary concepts
 * (language-independent ids) and the remaining content words (stems, language-specific).
 */
import type { Glossary } from './glossary.ts';
import { matchPhrase } from './glossary.ts';
import { stemWord } from './stem.ts';
import type { Token } from './tokens.ts';
import { isStopword, tokenize } from './tokens.ts';
import { entityKey, hasCyrillic } from './transliterate.ts';

/** What a feature is; the kind sets its weight and whether it crosses languages. */
export type FeatureKind = 'entity' | 'date' | 'number' | 'count' | 'concept' | 'word';

/** One feature of a passage: a key comparable across passages and a label to show the user. */
export interface Feature {
  kind: FeatureKind;
  /** `e:gerasimv`, `d:03-03`, `n:2014`, `c:contact`, `w:en:talk`. */
  key: string;
  /** Readable form: Gerasimov, 3 March, 2014, contact, talks. */
  label: string;
  /**
   * Share of its token the feature stands for: a word with k glossary senses gives k concepts of
   * share 1/k each, so a polysemous word does not outweigh a precise one. 1 otherwise.
   */
  share: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Content tokens: stop words dropped, acronyms (US, НАТО) kept whatever their spelling. */
function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.value !== null || t.isAcronym || !isStopword(t.lower));
}

/** The label of a surface form: possessive dropped; lower case unless a name or an acronym. */
function surfaceLabel(text: string, isName: boolean): string {
  const bare = text.replace(/['’]s$/, '');
  return isName ? bare : bare.toLowerCase();
}

function addFeature(
  out: Map<string, Feature>,
  kind: FeatureKind,
  key: string,
  label: string,
  share = 1,
): void {
  const known = out.get(key);
  if (known === undefined) out.set(key, { kind, key, label, share });
  else if (share > known.share) known.share = share;
}

/** Numbers up to 12 (two generals, 3 sides) say little; larger ones and years say more. */
function numberKind(value: number): FeatureKind {
  return Math.abs(value) <= 12 ? 'count' : 'number';
}

/** The month of a concept list, if one of them is a month name. */
function monthOf(glossary: Glossary, concepts: readonly string[]): number | null {
  for (const id of concepts) {
    const month = glossary.entries.get(id)?.month;
    if (month !== undefined) return month;
  }
  return null;
}

/** Dates: a day number (1..31) next to a month name, either order (3 March, March 3, 3 марта). */
function findDates(
  tokens: readonly Token[],
  months: readonly (number | null)[],
): Map<number, string> {
  const days = new Map<number, string>();
  tokens.forEach((t, i) => {
    const month = months[i];
    if (month === null || month === undefined) return;
    for (const j of [i + 1, i - 1]) {
      const day = tokens[j]?.value;
      if (day !== undefined && day !== null && Number.isInteger(day) && day >= 1 && day <= 31) {
        const mm = String(month).padStart(2, '0');
        const dd = String(day).padStart(2, '0');
        days.set(j, `d:${mm}-${dd}|${day} ${MONTH_NAMES[month - 1] ?? ''}`);
        days.set(i, ''); // the month word is part of the date, not a feature of its own
        return;
      }
    }
  });
  return days;
}

/** English month names count only when capitalised: "may" and "march" are also verbs. */
function isMonthUsable(token: Token): boolean {
  return hasCyrillic(token.text) || token.isCapitalized;
}

/**
 * Share of each name token: the words of one name (Valery Gerasimov, Петр Павел) split one name's
 * weight, so a full name plus a title does not outweigh a surname and a date.
 */
function nameRunShares(text: string, tokens: readonly Token[], keys: readonly string[]): number[] {
  const shares = tokens.map(() => 1);
  let runStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    const continues =
      cur !== undefined &&
      prev !== undefined &&
      keys[i] !== '' &&
      keys[i - 1] !== '' &&
      /^\s+$/.test(text.slice(prev.end, cur.start));
    if (continues) continue;
    for (let k = runStart; k < i; k++) shares[k] = 1 / (i - runStart);
    runStart = i;
  }
  return shares;
}

/** A glossary concept found at a token, with the share of the token's weight it carries. */
interface Sense {
  id: string;
  share: number;
  /** The words as written (the whole phrase for a phrase concept). */
  label: string;
}

/** The concepts of one token; number words become numbers. */
function addConcepts(
  out: Map<string, Feature>,
  glossary: Glossary,
  token: Token,
  senses: readonly Sense[],
): void {
  for (const { id, share, label } of senses) {
    const value = glossary.entries.get(id)?.number;
    if (value !== undefined) addFeature(out, numberKind(value), `n:${value}`, token.text, share);
    else addFeature(out, 'concept', `c:${id}`, label, share);
  }
}

/**
 * Extracts the features of one passage. Deterministic; the order of the result follows the text.
 * Capitalised words the glossary does not know become entities (first word of a sentence too: a
 * sentence often opens with a name); glossary words and phrases become concepts.
 */
export function extractFeatures(text: string, glossary: Glossary): Feature[] {
  const tokens = contentTokens(tokenize(text));
  const stems = tokens.map((t) => (t.value === null ? stemWord(t.lower) : ''));
  const senses: Sense[][] = tokens.map(() => []);
  const months: (number | null)[] = tokens.map(() => null);
  const out = new Map<string, Feature>();
  // Longest match first. The words of a matched phrase also count on their own, at half weight:
  // "high-level military contact" must still meet "high-level contact", but "civil war" is not
  // quite "war".
  for (let i = 0; i < tokens.length;) {
    const phrase = tokens[i]?.value === null ? matchPhrase(glossary, stems, i) : null;
    if (phrase === null) {
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + phrase.length - 1] ?? first;
    const isName = first.isCapitalized && !first.isSentenceStart;
    // Token text for one word (U.S. is tokenised as US), the span as written for a phrase.
    const span = phrase.length === 1 ? first.text : text.slice(first.start, last.end);
    const label = surfaceLabel(span, isName || first.isAcronym);
    senses[i] = phrase.concepts.map((id) => ({ id, share: 1 / phrase.concepts.length, label }));
    for (let k = phrase.length > 1 ? 0 : 1; k < phrase.length; k++) {
      const token = tokens[i + k] as Token;
      const own = matchPhrase(glossary, [stems[i + k] ?? ''], 0)?.concepts ?? [];
      const list = senses[i + k] ?? [];
      const ownLabel = surfaceLabel(token.text, token.isCapitalized || token.isAcronym);
      for (const id of own) list.push({ id, share: 0.5 / own.length, label: ownLabel });
      senses[i + k] = list;
    }
    i += phrase.length;
  }
  tokens.forEach((t, i) => {
    if (isMonthUsable(t))
      months[i] = monthOf(
        glossary,
        (senses[i] ?? []).map((x) => x.id),
      );
  });
  const dates = findDates(tokens, months);
  const entityKeys = tokens
    .map((t, i) =>
      (t.isCapitalized || t.isAcronym) && t.value === null && !(senses[i] ?? []).length
        ? entityKey(t.text)
        : '',
    )
    .map((k) => (k.length >= 3 ? k : ''));
  const nameShares = nameRunShares(text, tokens, entityKeys);
  tokens.forEach((t, i) => {
    const date = dates.get(i);
    if (date === '') return;
    if (date !== undefined) {
      const [key = '', label = ''] = date.split('|');
      addFeature(out, 'date', key, label);
      return;
    }
    if (t.value !== null) {
      addFeature(out, numberKind(t.value), `n:${t.value}`, t.text);
      return;
    }
    for (const digits of /\d/.test(t.text) ? (t.text.match(/\d+/g) ?? []) : []) {
      addFeature(out, numberKind(Number(digits)), `n:${Number(digits)}`, digits);
    }
    const usable = (senses[i] ?? []).filter(
      (x) => glossary.entries.get(x.id)?.month === undefined || months[i] !== null,
    );
    if (usable.length > 0) {
      addConcepts(out, glossary, t, usable);
      return;
    }
    const key = entityKeys[i];
    if (key) {
      addFeature(out, 'entity', `e:${key}`, surfaceLabel(t.text, true), nameShares[i]);
      return;
    }
    const stem = stems[i] ?? '';
    // Three-letter leftovers (off, per, via) are particles more often than content words.
    if (stem.length >= 4) {
      const script = hasCyrillic(stem) ? 'cy' : 'la';
      addFeature(out, 'word', `w:${script}:${stem}`, t.lower);
    }
  });
  return [...out.values()];
}
