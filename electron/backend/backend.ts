/**
 * The backend: implements every contract method in plain Node (never imports electron), for the
 * Electron main process, the HTTP host and the tests alike.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { EventName, EventPayload } from '../../shared/api/contract.ts';
import { ApiFailure, type Envelope } from '../../shared/api/envelope.ts';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { createArticlesRepo } from './articles-repo.ts';
import { getSetting, openDatabase, setSetting, transaction, type Database } from './db/database.ts';
import { handleCall, type Handlers, type Logger } from './handle-call.ts';
import { createImportJobs } from './import-jobs.ts';
import { expandPaths, runImport } from './import-files.ts';
import { databaseFileName } from './paths.ts';
import { createStoriesService } from './stories-service.ts';
import { createCrossLanguageSearch } from './search/cross-language-search.ts';
import { createSearchService } from './search/search-service.ts';
import {
  addToHistory,
  deleteSavedSearch,
  listHistory,
  listSavedSearches,
  saveSearch,
} from './search/search-history-store.ts';
import { drainSearchQueue } from './search/search-index.ts';
import { compareArticles } from './compare-service.ts';
import { analyzeFraming } from './framing-service.ts';
import { createLexiconStore } from './lexicon-store.ts';
import type { HandlerContext } from './handler-context.ts';
import { createLexiconHandlers } from './lexicon-handlers.ts';
import { createFramingReportHandlers } from './framing-report-handlers.ts';
import type { RenderPdf } from './framing-summary-service.ts';
import { createAnnotationHandlers } from './annotation-handlers.ts';
import { listAnnotations } from './annotations/annotation-store.ts';
import { allCodes } from './annotations/codebook-store.ts';
import { toReportAnnotations } from '../../shared/framing-report/annotations.ts';

export interface BackendOptions {
  dataDir: string;
  /** Sample corpus imported on first run; none when omitted. */
  corpusDir?: string;
  /** The import worker script; the bundled app passes its built copy. */
  importWorkerUrl?: URL;
  log?: Logger;
  /**
   * Renders an HTML document to PDF (the desktop app: a hidden window's printToPDF). Without it
   * PDF reports answer `unsupported` and the user exports HTML and prints that.
   */
  renderPdf?: RenderPdf;
}

export type EventListener = (event: EventName, payload: unknown) => void;

export interface Backend {
  /** Validates and runs one contract call; never throws. */
  handle(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  /** Resolves once the import job has ended (tests and the CLI wait on it). */
  waitForImport(jobId: string): Promise<void>;
  readonly databasePath: string;
  close(): Promise<void>;
}

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Imports the sample corpus into a brand-new library, once. */
export function seedCorpus(db: Database, corpusDir: string): void {
  if (getSetting(db, 'corpus.seeded')) return;
  const repo = createArticlesRepo(db);
  if (repo.count() === 0) {
    const { items, failed } = expandPaths([corpusDir]);
    runImport({ db, registry: loadDefaultRegistry(), items, failed, now: () => new Date() });
    drainSearchQueue(db);
  }
  transaction(db, () => setSetting(db, 'corpus.seeded', new Date().toISOString()));
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const log: Logger =
    options.log ?? ((message, error) => console.error(`[parallax] ${message}`, error ?? ''));
  const databasePath = join(options.dataDir, databaseFileName);
  const db = openDatabase(databasePath);
  if (options.corpusDir) seedCorpus(db, options.corpusDir);
  const repo = createArticlesRepo(db);
  const storyService = createStoriesService(db);
  const search = createSearchService(db);
  const crossLanguageSearch = createCrossLanguageSearch(db);
  const storyChange = (change: () => void) => {
    change();
    emit('library.changed', { reason: 'stories' });
    return { ok: true as const };
  };
  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const jobs = createImportJobs({
    dbPath: databasePath,
    workerUrl: options.importWorkerUrl ?? new URL('./import-worker.ts', import.meta.url),
    emit,
  });

  const lexicons = createLexiconStore(db, { log });
  const ctx: HandlerContext = { db, repo, lexicons, emit };

  const handlers: Handlers = {
    'library.getInfo': () => ({
      articleCount: repo.count(),
      databasePath,
      version: packageVersion,
    }),
    'articles.list': (input) => repo.list(input),
    'articles.getFacets': () => repo.facets(),
    'articles.get': ({ id }) => repo.getDetail(id) ?? notFound(id),
    'articles.updateMetadata': ({ id, patch }) => {
      const record = transaction(db, () => repo.updateMetadata(id, patch));
      if (!record) return notFound(id);
      emit('library.changed', { reason: 'metadata' });
      return record;
    },
    'articles.import': ({ paths, files }) => {
      const uploads = (files ?? []).map((f) => ({
        name: f.name,
        bytes: decodeBase64(f.contentBase64, f.name),
      }));
      return { jobId: jobs.start({ paths: paths ?? [], uploads }) };
    },
    'imports.get': ({ jobId }) => jobs.get(jobId) ?? notFound(jobId, 'import job'),
    'imports.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'stories.list': () => {
      const stories = storyService.list().map((story) => ({
        id: story.id,
        title: story.title,
        articles: story.articles.map((id) => repo.getRecord(id)).filter((a) => a !== null),
      }));
      return { granularity: storyService.granularity(), stories };
    },
    'stories.setGranularity': ({ granularity }) => {
      storyService.setGranularity(granularity);
      emit('library.changed', { reason: 'stories' });
      return { granularity };
    },
    'stories.rename': ({ storyId, title }) =>
      storyChange(() => storyService.rename(storyId, title)),
    'stories.moveArticle': ({ articleId, toStoryId }) =>
      storyChange(() => storyService.move(articleId, toStoryId)),
    'stories.merge': ({ storyIds }) => storyChange(() => storyService.merge(storyIds)),
    'stories.split': ({ storyId, articleIds }) =>
      storyChange(() => storyService.split(storyId, articleIds)),
    'compare.align': ({ articleIds, pivot }) => compareArticles(repo, articleIds, pivot),
    'framing.analyze': ({ articleIds }) => analyzeFraming(repo, articleIds, lexicons.current()),
    'search.query': (input) => {
      const started = performance.now();
      const hits = search.query(input);
      const crossLanguage = input.crossLanguage
        ? crossLanguageSearch.query({
            text: input.text,
            language: repo.getRecord(input.excludeArticleIds?.[0] ?? '')?.language ?? null,
            excludeArticleIds: input.excludeArticleIds ?? [],
            limit: input.limit,
          })
        : undefined;
      const tookMs = Math.round((performance.now() - started) * 10) / 10;
      return crossLanguage ? { hits, crossLanguage, tookMs } : { hits, tookMs };
    },
    'search.listHistory': () => listHistory(db),
    'search.addHistory': ({ text }) =>
      transaction(db, () => addToHistory(db, text, new Date().toISOString())),
    'search.listSaved': () => listSavedSearches(db),
    'search.save': (input) =>
      transaction(db, () => saveSearch(db, { ...input, savedAt: new Date().toISOString() })),
    'search.deleteSaved': ({ id }) => ({
      deleted: transaction(db, () => deleteSavedSearch(db, id)),
    }),
    'settings.getViewState': ({ view }) => {
      const saved = getSetting(db, `view.${view}`);
      return { state: saved === null ? null : (JSON.parse(saved) as unknown) };
    },
    'settings.setViewState': ({ view, state }) => {
      transaction(db, () => setSetting(db, `view.${view}`, JSON.stringify(state ?? null)));
      return { ok: true as const };
    },
    'outlets.list': () =>
      loadDefaultRegistry().entries.map((e) => ({
        id: e.id,
        name: e.name,
        country: e.country,
        affiliation: e.affiliation,
        languages: e.languages,
        aliases: e.aliases,
      })),
    ...createFramingReportHandlers(ctx, {
      appVersion: packageVersion,
      annotationsFor: (articleIds) =>
        toReportAnnotations(listAnnotations(db, { articleIds: [...articleIds] }), allCodes(db)),
      ...(options.renderPdf ? { renderPdf: options.renderPdf } : {}),
    }),
    ...createLexiconHandlers(ctx),
    ...createAnnotationHandlers(ctx),
  };

  return {
    databasePath,
    handle: (method, input) => handleCall(handlers, method, input, log),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async waitForImport(jobId) {
      await jobs.wait(jobId);
    },
    async close() {
      await jobs.close();
      db.close();
    },
  };
}

function notFound(id: string, what = 'article'): never {
  throw new ApiFailure('not_found', `no ${what} with id "${id}"`);
}

function decodeBase64(content: string, name: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new ApiFailure('invalid_input', `${name}: content is not valid base64`);
  }
  return Buffer.from(content, 'base64');
}
