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
import { compileMatcher, parsePattern, type Matcher } from './matcher.ts';

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

/** One LoadedEntry per entry object, so matchers compiled at different times agree on values. */
const loadedEntries = new WeakMap<LexiconEntry, LoadedEntry>();

function loadedEntry(entry: LexiconEntry, file: LexiconFile): LoadedEntry {
  let value = loadedEntries.get(entry);
  if (value === undefined || value.kind !== file.kind || value.language !== file.language) {
    value = { entry, kind: file.kind, language: file.language };
    loadedEntries.set(entry, value);
  }
  return value;
}

interface MatcherCacheNode {
  next: WeakMap<LexiconFile, MatcherCacheNode>;
  matcher?: Matcher<LoadedEntry>;
}

/**
 * Matchers by the exact file objects they were compiled from (a trie of weak maps), so an edit to
 * one file recompiles only the matcher of that file's kind: the other kinds keep theirs.
 */
const matcherCache: MatcherCacheNode = { next: new WeakMap() };

function kindMatcher(files: readonly LexiconFile[]): Matcher<LoadedEntry> {
  let node = matcherCache;
  for (const file of files) {
    let next = node.next.get(file);
    if (next === undefined) {
      next = { next: new WeakMap() };
      node.next.set(file, next);
    }
    node = next;
  }
  if (node.matcher === undefined) {
    const items: Array<{ pattern: string; value: LoadedEntry }> = [];
    for (const file of files) {
      for (const entry of file.entries) {
        if (!entry.enabled) continue;
        const value = loadedEntry(entry, file);
        for (const pattern of patternsOf(entry)) items.push({ pattern, value });
      }
    }
    node.matcher = compileMatcher(items);
  }
  return node.matcher;
}

function compileLanguage(files: readonly LexiconFile[], language: string): CompiledLanguage {
  const filesByKind = new Map<LexiconKind, LexiconFile[]>();
  const vetoItems: Array<{ pattern: string; value: LoadedEntry }> = [];
  for (const file of files) {
    filesByKind.set(file.kind, [...(filesByKind.get(file.kind) ?? []), file]);
    for (const entry of file.entries) {
      if (!entry.enabled || entry.unless === undefined) continue;
      const value = loadedEntry(entry, file);
      for (const pattern of entry.unless) vetoItems.push({ pattern, value });
    }
  }
  const byKind = new Map<LexiconKind, Matcher<LoadedEntry>>();
  for (const [kind, kindFiles] of filesByKind) {
    if (kindFiles.some((f) => f.entries.some((e) => e.enabled))) {
      byKind.set(kind, kindMatcher(kindFiles));
    }
  }
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

const entryFiles = new WeakMap<CompiledLanguage, Map<string, LexiconFile>>();

/**
 * The language of the lexicon file that holds entry `id` of `kind`, among the files used for texts
 * in `language` (a Ukrainian text may match a Russian entry); null when none does.
 */
export function entryLanguage(
  lexicons: Lexicons,
  language: string | null,
  kind: LexiconKind,
  id: string,
): string | null {
  const compiled = compiledFor(lexicons, language);
  let byKey = entryFiles.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    for (const file of compiled.files) {
      for (const entry of file.entries) {
        const key = `${file.kind}\u0000${entry.id}`;
        if (!byKey.has(key)) byKey.set(key, file);
      }
    }
    entryFiles.set(compiled, byKey);
  }
  return byKey.get(`${kind}\u0000${id}`)?.language ?? null;
}

/**
 * Why a pattern cannot be used, or null when it compiles: it must hold at least one word, and a
 * wildcard needs three letters before its `*` (`заяви*`, not `за*`), at the end of a word only.
 */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'the pattern is empty';
  const words = pattern.split(/[^\p{L}\p{N}*|]+/u).filter((w) => w !== '');
  if (words.length === 0) return `"${pattern}" has no letters or digits to match`;
  for (const word of words) {
    for (const option of word.split('|')) {
      if (option === '') return `"${word}" has an empty alternative around "|"`;
      const star = option.indexOf('*');
      if (star === -1) continue;
      if (star !== option.length - 1) return `"${option}": "*" may only end a word`;
      if (option.length - 1 < 3)
        return `"${option}": a wildcard needs at least 3 letters before "*"`;
    }
  }
  if (parsePattern(pattern).some((options) => options.length === 0)) {
    return `"${pattern}" has a word with nothing to match`;
  }
  return null;
}
