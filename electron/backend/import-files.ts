/**
 * The import pipeline's I/O half: expands paths into files, reads bytes, hands them to the pure
 * parser in shared/, de-duplicates by content and writes articles in batched transactions. A kill
 * at any moment leaves every committed article whole: an article and its passages are written in
 * the same transaction.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { isoDate, type ImportReport } from '../../shared/api/schemas.ts';
import { parseImport } from '../../shared/import/pipeline.ts';
import { contentKey } from '../../shared/import/content-key.ts';
import { outletFromUrl, type OutletRegistry } from '../../shared/import/metadata/outlets.ts';
import type { ImportSource, ParsedArticle } from '../../shared/import/types.ts';
import { createArticlesRepo } from './articles-repo.ts';
import { addVersion, findEarlierVersion } from './annotations/versions.ts';
import type { Database } from './db/database.ts';

/** Extensions picked up when walking a folder; a file named explicitly is tried whatever it is. */
export const importableExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json']);

/** A folder's own documentation, not an article: left out of folder walks (named files still import). */
const folderDocs = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

/** Files larger than this are refused before being read: no article is this long. */
export const maxFileBytes = 20 * 1024 * 1024;

/**
 * Metadata a collector recorded for a file, e.g. in a folder manifest; it wins over detection.
 */
export const givenMetadata = z
  .object({
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
    outlet: z.string().min(1).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    published: isoDate.optional(),
  })
  .strict();
export type GivenMetadata = z.infer<typeof givenMetadata>;

/**
 * A folder may carry `parallax.manifest.json`: `{ "files": { "<name in folder>": GivenMetadata } }`,
 * the way scrapers keep a side file of URLs and outlets for the pages they saved.
 */
export const manifestFileName = 'parallax.manifest.json';
const manifestSchema = z.object({ files: z.record(z.string(), givenMetadata) });

/** One thing to import: a path on disk, or bytes already in memory (uploads). */
export type ImportItem = ({ name: string; path: string } | { name: string; bytes: Uint8Array }) & {
  given?: GivenMetadata;
};

export interface ImportRunOptions {
  db: Database;
  registry: OutletRegistry;
  items: ImportItem[];
  /** Failures found while expanding paths, reported as they are. */
  failed?: ImportReport['failed'];
  now: () => Date;
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Files per transaction. */
  batchSize?: number;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Expands files and folders (recursively, skipping hidden entries) into import items. */
export function expandPaths(paths: string[]): {
  items: ImportItem[];
  failed: ImportReport['failed'];
} {
  const items: ImportItem[] = [];
  const failed: ImportReport['failed'] = [];
  const walk = (root: string, dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      failed.push({ file: dir, error: `cannot read folder: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const manifest = entries.some((e) => e.name === manifestFileName)
      ? readManifest(dir, failed)
      : {};
    for (const entry of entries) {
      if (
        entry.name.startsWith('.') ||
        entry.name === manifestFileName ||
        folderDocs.test(entry.name)
      ) {
        continue;
      }
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(root, full);
      else if (entry.isFile() && importableExtensions.has(extensionOf(entry.name))) {
        const given = manifest[entry.name];
        items.push({
          name: relative(root, full) || entry.name,
          path: full,
          ...(given ? { given } : {}),
        });
      }
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      failed.push({ file: path, error: `cannot open: ${describeFsError(error)}` });
      continue;
    }
    if (stat.isDirectory()) walk(join(path, '..'), path);
    else items.push({ name: basename(path), path });
  }
  return { items, failed };
}

function readManifest(dir: string, failed: ImportReport['failed']): Record<string, GivenMetadata> {
  const path = join(dir, manifestFileName);
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).files;
  } catch (error) {
    const why =
      error instanceof z.ZodError
        ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        : (error as Error).message;
    failed.push({ file: path, error: `manifest ignored: ${why}` });
    return {};
  }
}

/** Applies what the collector recorded over what was detected. */
export function applyGiven(
  parsed: ParsedArticle,
  given: GivenMetadata | undefined,
  registry: OutletRegistry,
): ParsedArticle {
  if (!given) return parsed;
  const sure = (value: string) => ({ value, source: manifestFileName, confidence: 1, line: null });
  const fromUrl = given.url && !given.outlet ? outletFromUrl(given.url, registry) : null;
  return {
    ...parsed,
    ...(given.title ? { title: given.title } : {}),
    ...(given.url ? { url: given.url } : {}),
    ...(given.outlet
      ? { outlet: sure(given.outlet) }
      : fromUrl
        ? { outlet: { ...sure(fromUrl.name), source: given.url ?? null, confidence: 0.95 } }
        : {}),
    ...(given.language ? { language: sure(given.language) } : {}),
    ...(given.published ? { published: sure(given.published) } : {}),
  };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

function readItem(item: ImportItem): ImportSource {
  if ('bytes' in item) {
    if (item.bytes.byteLength > maxFileBytes) throw new Error(tooLarge(item.bytes.byteLength));
    return { name: item.name, bytes: item.bytes };
  }
  const size = statSync(item.path).size;
  if (size > maxFileBytes) throw new Error(tooLarge(size));
  return { name: item.name, bytes: readFileSync(item.path) };
}

function tooLarge(bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `file is too large (${mb(bytes)}; the limit is ${mb(maxFileBytes)})`;
}

/** Hash of the article's de-duplication key (see contentKey): same content, same hash. */
export function hashContent(parsed: Pick<ParsedArticle, 'body'>): string {
  return createHash('sha256').update(contentKey(parsed)).digest('hex');
}

/** Article ids derive from content, so the same text gets the same id on every machine. */
export function articleIdFor(contentHash: string): string {
  return `a${contentHash.slice(0, 11)}`;
}

/** Imports the items; never throws for a bad file: each gets one line in `failed`. */
export function runImport(options: ImportRunOptions): ImportReport {
  const { db, items, registry } = options;
  const repo = createArticlesRepo(db);
  const report: ImportReport = {
    imported: [],
    skipped: [],
    failed: [...(options.failed ?? [])],
    cancelled: false,
  };
  const batchSize = options.batchSize ?? 200;
  let index = 0;
  while (index < items.length) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    const batch = items.slice(index, index + batchSize);
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const item of batch) {
        importOne(item, { repo, registry, report, now: options.now });
        index += 1;
        options.onProgress?.(index, items.length, item.name);
        if (options.isCancelled?.()) break;
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return report;
}

export interface ImportContext {
  repo: ReturnType<typeof createArticlesRepo>;
  registry: OutletRegistry;
  report: ImportReport;
  now: () => Date;
}

/** Outcome of reading and parsing one item: articles, or one line for the report. */
export type ItemOutcome = { ok: true; articles: ParsedArticle[] } | { ok: false; error: string };

/** Reads and parses one item; never throws. Runs in the writer or in a parse worker. */
export function parseItem(item: ImportItem, registry: OutletRegistry): ItemOutcome {
  let source: ImportSource;
  try {
    source = readItem(item);
  } catch (error) {
    const message =
      error instanceof Error && !('code' in error)
        ? error.message
        : `cannot read: ${describeFsError(error)}`;
    return { ok: false, error: message };
  }
  try {
    const result = parseImport(source, { registry });
    return result.ok ? { ok: true, articles: result.articles } : result;
  } catch (error) {
    // The parser reports bad input as values; a throw is a bug, kept to this one file.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `could not be read as an article (${message})` };
  }
}

/** Stores what one item parsed to: de-duplicated, inside the caller's transaction. */
export function storeOutcome(item: ImportItem, outcome: ItemOutcome, ctx: ImportContext): void {
  if (!outcome.ok) {
    ctx.report.failed.push({ file: item.name, error: outcome.error });
    return;
  }
  outcome.articles.forEach((detected, i) => {
    const parsed = applyGiven(detected, item.given, ctx.registry);
    const label = outcome.articles.length > 1 ? `${item.name} [${i + 1}]` : item.name;
    const contentHash = hashContent(parsed);
    const existing = ctx.repo.findByHash(contentHash);
    if (existing) {
      ctx.report.skipped.push({
        file: label,
        reason: 'same content is already in the library',
        duplicateOf: existing,
      });
      return;
    }
    const path = 'path' in item ? resolve(item.path) : null;
    const sourcePath = path && outcome.articles.length > 1 ? `${path} [${i + 1}]` : path;
    // The same file or URL with changed text: a new version of that article.
    const earlier = findEarlierVersion(ctx.repo.db, sourcePath, parsed.url);
    if (earlier) {
      addVersion(
        ctx.repo.db,
        earlier,
        { ...parsed, contentHash, parsed, sourcePath },
        're-import',
        ctx.now(),
      );
      const record = ctx.repo.getRecord(earlier);
      if (record) ctx.report.imported.push(record);
      return;
    }
    const record = ctx.repo.insert({
      id: articleIdFor(contentHash),
      file: label,
      contentHash,
      importedAt: ctx.now().toISOString(),
      parsed,
      sourcePath,
    });
    ctx.report.imported.push(record);
  });
}

function importOne(item: ImportItem, ctx: ImportContext): void {
  storeOutcome(item, parseItem(item, ctx.registry), ctx);
}
