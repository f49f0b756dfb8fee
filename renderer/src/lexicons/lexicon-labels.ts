/** Names the lexicon editor shows for languages and lexicon kinds. */
import type { LexiconKind } from '../../../shared/framing/lexicon-schema.ts';
import type { LexiconEntryRow } from '../../../shared/api/lexicon-methods.ts';

export const languageNames: Record<string, string> = {
  en: 'English',
  ru: 'Russian · русский',
  uk: 'Ukrainian · українська',
};

export const kindNames: Record<LexiconKind, string> = {
  'contested-term': 'Contested terms',
  hedge: 'Hedges',
  'reporting-verb': 'Reporting verbs',
  loaded: 'Loaded wording',
  metaphor: 'Metaphors',
  frame: 'Frame keywords',
  'speaker-role': 'Speaker roles',
};

/** What each kind is used for, under the file's title. */
export const kindHints: Record<LexiconKind, string> = {
  'contested-term': 'Terms that signal a side; each belongs to a set of competing terms.',
  hedge: 'Words that distance the author from a claim.',
  'reporting-verb': 'How statements are attributed: neutral or loaded.',
  loaded: 'Evaluative or alarming wording.',
  metaphor: 'Figures of speech, by family (freeze / thaw, war, ...).',
  frame: 'Keywords that score the Media Frames Corpus dimensions (frame tags).',
  'speaker-role': 'Phrases that name a speaker and their side, for quotes.',
};

export const languageName = (code: string) => languageNames[code] ?? code;

export function patternsOf(entry: Pick<LexiconEntryRow, 'pattern'>): string[] {
  return typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
}

/** Whether an entry matches the search box: id, patterns, why, side, set, family. */
export function entryMatches(entry: LexiconEntryRow, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [
    entry.id,
    ...patternsOf(entry),
    entry.why,
    entry.side,
    entry.set,
    entry.family,
    entry.label,
  ]
    .filter((v): v is string => typeof v === 'string')
    .some((v) => v.toLowerCase().includes(q));
}
