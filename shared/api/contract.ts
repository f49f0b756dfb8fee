/**
 * The one contract between the renderer and the backend. Every cross-process call is a key here
 * named `area.verbNoun`; every event `area.pastTense`. Transports (Electron IPC, HTTP) carry these
 * names and nothing else; inputs are parsed with `input` at the transport edge.
 */
import { z } from 'zod';
import {
  articleDetail,
  articleQuery,
  articleRecord,
  importJob,
  importReport,
  metadataPatch,
  outletInfo,
  passage,
  uploadedFile,
} from './schemas.ts';
import { searchQueryInput, searchQueryOutput } from '../search/search-schemas.ts';
import { historyEntry, savedSearch } from '../search/search-history.ts';
import { annotationEvents, annotationMethods } from './annotation-methods.ts';
import { framingReportMethods } from './framing-report-methods.ts';
import { lexiconEvents, lexiconMethods } from './lexicon-methods.ts';

const articleId = z.object({ id: z.string().min(1) });
const granularity = z.enum(['event', 'topic']);
const framingCue = z.object({
  article: z.string(),
  kind: z.enum([
    'contested-term',
    'hedge',
    'reporting-verb',
    'loaded',
    'metaphor',
    'quote',
    'source',
    'contradiction',
    'frame',
  ]),
  /** Offsets into the article's clean body, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Why it was flagged, for the tooltip. */
  detail: z.string(),
  /** Lexicon cues: the entry that matched and its file, for "disable / edit this entry". */
  entryId: z.string().optional(),
  language: z.string().optional(),
  lexiconKind: z.string().optional(),
});
const viewName = z.string().regex(/^[a-z][a-z-]{0,40}$/, 'expected a view name like compare');
const story = z.object({
  id: z.string(),
  title: z.string(),
  /** Member articles, oldest publication first. */
  articles: z.array(articleRecord),
});
const comparison = z.object({
  pivot: z.string(),
  articles: z.array(z.object({ article: articleRecord, passages: z.array(passage) })),
  rows: z.array(
    z.object({
      cells: z.record(z.string(), z.array(z.number().int())),
      /** 0..1: how strongly the passages correspond; 0 for a passage alone. */
      score: z.number(),
      /** Why they were put together: shared entities, numbers, words. */
      reasons: z.array(z.string()),
    }),
  ),
});

export const contract = {
  /** Facts about the open library: where it lives and how big it is. */
  'library.getInfo': {
    input: z.object({}),
    output: z.object({
      articleCount: z.number().int(),
      databasePath: z.string(),
      version: z.string(),
    }),
  },
  /** A page of articles matching a filter, sorted; `total` counts all matches. */
  'articles.list': {
    input: articleQuery,
    output: z.object({ total: z.number().int(), items: z.array(articleRecord) }),
  },
  /** Distinct outlets and languages present, with counts, for the library filters. */
  'articles.getFacets': {
    input: z.object({}),
    output: z.object({
      outlets: z.array(z.object({ value: z.string(), count: z.number().int() })),
      languages: z.array(z.object({ value: z.string(), count: z.number().int() })),
    }),
  },
  /** One article with its clean body, every source line with its role, and its passages. */
  'articles.get': { input: articleId, output: articleDetail },
  /** Edit detected metadata; edited fields are remembered and never re-detected. */
  'articles.updateMetadata': {
    input: z.object({ id: z.string().min(1), patch: metadataPatch }),
    output: articleRecord,
  },
  /**
   * Start importing files: by path (desktop, CLI) or by content (browser, drag and drop). Returns
   * at once; progress comes as `import.progressed`, the report with `import.finished`.
   */
  'articles.import': {
    input: z
      .object({
        paths: z.array(z.string().min(1)).max(100_000).optional(),
        files: z.array(uploadedFile).max(100_000).optional(),
      })
      .refine((i) => (i.paths?.length ?? 0) + (i.files?.length ?? 0) > 0, 'no files to import'),
    output: z.object({ jobId: z.string() }),
  },
  /** State of an import job, with its report once finished. */
  'imports.get': { input: z.object({ jobId: z.string() }), output: importJob },
  /** Ask a running import to stop after the current file; what is committed stays. */
  'imports.cancel': {
    input: z.object({ jobId: z.string() }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /**
   * Stories (same-event groups) of the whole library at the chosen granularity, largest first,
   * regrouped when the library changed, keeping the user's renames, moves, merges and splits.
   */
  'stories.list': {
    input: z.object({}),
    output: z.object({ granularity, stories: z.array(story) }),
  },
  /** 'event' groups one event's coverage; 'topic' groups a long-running story's episodes. */
  'stories.setGranularity': {
    input: z.object({ granularity }),
    output: z.object({ granularity }),
  },
  'stories.rename': {
    input: z.object({ storyId: z.string().min(1), title: z.string().trim().min(1).max(300) }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Moves an article into another story, or into a story of its own when `toStoryId` is null. */
  'stories.moveArticle': {
    input: z.object({ articleId: z.string().min(1), toStoryId: z.string().min(1).nullable() }),
    output: z.object({ ok: z.literal(true) }),
  },
  'stories.merge': {
    input: z.object({ storyIds: z.array(z.string().min(1)).min(2) }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Splits the given articles off their story into a story of their own. */
  'stories.split': {
    input: z.object({ storyId: z.string().min(1), articleIds: z.array(z.string().min(1)).min(1) }),
    output: z.object({ ok: z.literal(true) }),
  },
  /**
   * Aligns 2–6 articles: rows of passages reporting the same fact, in the pivot's order; a row
   * with one filled cell is a passage only that article carries. `cells` map article ids to
   * passage indices (maybe none).
   */
  'compare.align': {
    input: z.object({
      articleIds: z.array(z.string().min(1)).min(2).max(6),
      pivot: z.string().min(1).optional(),
    }),
    output: comparison,
  },
  /**
   * Framing cues of 1–6 articles, in reading order: contested terms, hedges, reporting verbs,
   * loaded words, metaphors (from the editable lexicons), quotes with speakers, credited sources,
   * each passage's leading frame dimension, and contradictions between aligned passages.
   */
  'framing.analyze': {
    input: z.object({ articleIds: z.array(z.string().min(1)).min(1).max(6) }),
    output: z.array(framingCue),
  },
  /**
   * Quotes and passages across the library, typo-tolerant: hits best first, each article's hits
   * together, each with the matched span (offsets into the clean body) to highlight.
   */
  'search.query': { input: searchQueryInput, output: searchQueryOutput },
  /** Queries the user ran, newest first (at most 100). */
  'search.listHistory': { input: z.object({}), output: z.array(historyEntry) },
  /** Remembers a query the user ran (on Enter or on opening a hit, not on every keystroke). */
  'search.addHistory': {
    input: z.object({ text: z.string().trim().min(1).max(2000) }),
    output: z.array(historyEntry),
  },
  'search.listSaved': { input: z.object({}), output: z.array(savedSearch) },
  /** Saves a named search with its filters; an existing id is replaced. */
  'search.save': {
    input: z.object({
      id: z.string().min(1).max(100),
      name: z.string().trim().min(1).max(200),
      query: searchQueryInput,
    }),
    output: z.array(savedSearch),
  },
  'search.deleteSaved': {
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ deleted: z.boolean() }),
  },
  /** A view's saved state (e.g. the compare view's story, columns, pivot), or null. */
  'settings.getViewState': {
    input: z.object({ view: viewName }),
    output: z.object({ state: z.unknown() }),
  },
  /** Saves a view's state so that it survives a restart. At most 64 KB of JSON. */
  'settings.setViewState': {
    input: z.object({
      view: viewName,
      state: z
        .unknown()
        .refine((v) => JSON.stringify(v ?? null).length <= 65_536, 'state is too large'),
    }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** The outlet registry, for the metadata editor. */
  'outlets.list': { input: z.object({}), output: z.array(outletInfo) },
  ...framingReportMethods,
  ...lexiconMethods,
  ...annotationMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after validation, defaults applied. */
export type ParsedInput<M extends Method> = z.infer<Contract[M]['input']>;
export type Output<M extends Method> = z.infer<Contract[M]['output']>;

export const events = {
  /** An import job advanced; `done` of `total` files handled. */
  'import.progressed': z.object({
    jobId: z.string(),
    done: z.number().int(),
    total: z.number().int(),
    file: z.string().nullable(),
  }),
  /** An import job ended (finished or cancelled) with its report. */
  'import.finished': z.object({ jobId: z.string(), report: importReport }),
  /** Articles were added, edited or removed: lists should refresh. */
  'library.changed': z.object({ reason: z.string() }),
  ...annotationEvents,
  ...lexiconEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export const methodNames = Object.keys(contract) as Method[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
