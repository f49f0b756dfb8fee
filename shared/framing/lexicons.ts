/**
 * The default framing lexicons (data files under `shared/data/lexicons/`) and their compilation
 * into matchers. Compiled once per set of files and cached by identity, so highlighting an article
 * costs only the matching; a user edit produces new file objects and so a fresh compilation.
 */
import enContested from '../data/lexicons/en/contested-terms.json' with { type: 'json' };
import enHedges from '../data/lexicons/en/hedges.json' with { type: 'json' };
import enVerbs from '../data/lexicons/en/reporting-verbs.json' with { type: 'json' };
import enLoaded from '../data/lexicons/en/loaded.json' with { type: 'json' };
import enMetaphors from '../data/lexicons/en/metaphors.json' with { type: 'json' };
import enFrames from '../data/lexicons/en/frames.json' with { type: 'json' };
import enRoles from '../data/lexicons/en/speaker-roles.json' with { type: 'json' };
import ruContested from '../data/lexicons/ru/contested-terms.json' with { type: 'json' };
import ruHedges from '../data/lexicons/ru/hedges.json' with { type: 'json' };
import ruVerbs from '../data/lexicons/ru/reporting-verbs.json' with { type: 'json' };
import ruLoaded from '../data/lexicons/ru/loaded.json' with { type: 'json' };
import ruMetaphors from '../data/lexicons/ru/metaphors.json' with { type: 'json' };
import ruFrames from '../data/lexicons/ru/frames.json' with { type: 'json' };
import ruRoles from '../data/lexicons/ru/speaker-roles.json' with { type: 'json' };
import ukContested from '../data/lexicons/uk/contested-terms.json' with { type: 'json' };
import ukHedges from '../data/lexicons/uk/hedges.json' with { type: 'json' };
import ukVerbs from '../data/lexicons/uk/reporting-verbs.json' with { type: 'json' };
import {
  lexiconFileSchema,
  type LexiconEntry,
  type LexiconFile,
  type LexiconKind,
} from './lexicon-schema.ts';
import { compileMatcher, type Matcher } from './matcher.ts';

const RAW_DEFAULTS: unknown[] = [
  enContested,
  enHedges,
  enVerbs,
  enLoaded,
  enMetaphors,
  enFrames,
  enRoles,
  ruContested,
  ruHedges,
  ruVerbs,
  ruLoaded,
  ruMetaphors,
  ruFrames,
  ruRoles,
  ukContested,
  ukHedges,
  ukVerbs,
];

/** A lexicon entry with the file it came from, as matchers carry it. */
export interface LoadedEntry {
  entry: LexiconEntry;
  kind: LexiconKind;
  language: string;
}

/** The lexicons of one language, compiled: one matcher per kind, and one for all vetoes. */
export interface CompiledLanguage {
  language: string;
  byKind: ReadonlyMap<LexiconKind, Matcher<LoadedEntry>>;
  /** `unless` patterns, each carrying the entry it vetoes. */
  vetoes: Matcher<LoadedEntry>;
  files: readonly LexiconFile[];
}

/** Validated lexicon files, compiled per language on first use. */
export interface Lexicons {
  files: readonly LexiconFile[];
  compiled: Map<string, CompiledLanguage>;
}

/**
 * Validates lexicon files (throws a zod error naming the bad field) and wraps them for matching.
 * Files of the same language and kind are all used: a user file adds to the defaults unless an
 * entry with the same id replaces it (see {@link mergeLexiconFiles}).
 */
export function loadLexicons(files: readonly unknown[]): Lexicons {
  return { files: files.map((f) => lexiconFileSchema.parse(f)), compiled: new Map() };
}

let defaults: Lexicons | null = null;

/** The lexicons shipped with Parallax (English, Russian; Ukrainian for three kinds), validated once. */
export function defaultLexicons(): Lexicons {
  defaults ??= loadLexicons(RAW_DEFAULTS);
  return defaults;
}

/**
 * A user's edited copy merged over a shipped file: entries with the same id are replaced (so a
 * user can disable or reword one), new ids are added, the header comes from the user's file.
 */
export function mergeLexiconFiles(base: LexiconFile, user: LexiconFile): LexiconFile {
  const byId = new Map(base.entries.map((e) => [e.id, e]));
  for (const entry of user.entries) byId.set(entry.id, entry);
  return { ...user, sets: user.sets ?? base.sets, entries: [...byId.values()] };
}

function patternsOf(entry: LexiconEntry): string[] {
  return typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
}

function compileLanguage(files: readonly LexiconFile[], language: string): CompiledLanguage {
  const byKindItems = new Map<LexiconKind, Array<{ pattern: string; value: LoadedEntry }>>();
  const vetoItems: Array<{ pattern: string; value: LoadedEntry }> = [];
  for (const file of files) {
    for (const entry of file.entries) {
      if (!entry.enabled) continue;
      const value: LoadedEntry = { entry, kind: file.kind, language: file.language };
      const items = byKindItems.get(file.kind) ?? [];
      for (const pattern of patternsOf(entry)) items.push({ pattern, value });
      byKindItems.set(file.kind, items);
      for (const pattern of entry.unless ?? []) vetoItems.push({ pattern, value });
    }
  }
  const byKind = new Map<LexiconKind, Matcher<LoadedEntry>>();
  for (const [kind, items] of byKindItems) byKind.set(kind, compileMatcher(items));
  return { language, byKind, vetoes: compileMatcher(vetoItems), files };
}

/** Base language of a tag (`ru-RU` → `ru`); unknown or missing → `en`. */
export function baseLanguage(language: string | null | undefined): string {
  const base = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return /^[a-z]{2,3}$/.test(base) ? base : 'en';
}

/**
 * The compiled lexicons for `language`. A language without lexicons of its own borrows the
 * English ones (Ukrainian borrows the Russian ones too: the scripts and much vocabulary overlap).
 */
export function compiledFor(lexicons: Lexicons, language: string | null): CompiledLanguage {
  const lang = baseLanguage(language);
  let compiled = lexicons.compiled.get(lang);
  if (compiled === undefined) {
    const own = lexicons.files.filter((f) => f.language === lang);
    const borrowed = lang === 'uk' ? lexicons.files.filter((f) => f.language === 'ru') : [];
    const files =
      own.length > 0 || borrowed.length > 0
        ? [...own, ...borrowed]
        : lexicons.files.filter((f) => f.language === 'en');
    compiled = compileLanguage(files, lang);
    lexicons.compiled.set(lang, compiled);
  }
  return compiled;
}

/** Every entry of a kind for a language, enabled or not (for the lexicon editor and tests). */
export function entriesOf(lexicons: Lexicons, language: string, kind: LexiconKind): LexiconEntry[] {
  return lexicons.files
    .filter((f) => f.language === language && f.kind === kind)
    .flatMap((f) => f.entries);
}
