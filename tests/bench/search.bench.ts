/**
 * `npm run bench -- search`: quote search over a generated EN+RU library (tests/support/search-corpus.ts
 * says how it is generated), at BENCH_SEARCH_COUNT articles (default 10,000; the bar is at
 * 100,000). 200 queries of 5–12 consecutive words cut from random passages, 100 English and 100
 * Russian, half verbatim and half with 1–3 character edits. A query is found when one of the top 10
 * hits is its source article or a passage holding the untouched quote (duplicates count).
 *
 * Prints, for our engine and for Fuse.js alone (the baseline, time-boxed and extrapolated from a
 * sample when the library is large): index build time, index size on disk, open time, median and
 * p95 latency, memory, recall@10 exact and typo, English and Russian, and the latency ratio.
 * The generated library is kept in the temp folder between runs (BENCH_SEARCH_FRESH=1 rebuilds it,
 * BENCH_SEARCH_REINDEX=1 only its pair index).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../electron/backend/db/database.ts';
import {
  indexPendingPassages,
  pendingPassageCount,
  resetPairIndex,
} from '../../electron/backend/search/search-index.ts';
import { createSearchService } from '../../electron/backend/search/search-service.ts';
import { prng } from '../support/generate-corpus.ts';
import { createArticleWriter } from '../support/search-articles.ts';
import { createCorpusGenerator } from '../support/search-corpus.ts';
import { makeQueries, summarise, type BenchQuery, type Outcome } from './search-bench-queries.ts';
import { runFuseBaseline } from './search-bench-fuse.ts';
import { liveHeapBytes } from './search-bench-memory.ts';

const generatorVersion = 1;

/** Builds (or reuses) the library; returns its path and how long the FTS index took to build. */
function buildLibrary(count: number): { path: string } {
  const dir = join(tmpdir(), 'parallax-search-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `library-v${generatorVersion}-${count}.sqlite`);
  if (existsSync(path) && !process.env.BENCH_SEARCH_FRESH) {
    console.log(`reusing ${path} (BENCH_SEARCH_FRESH=1 to rebuild)`);
    return { path };
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = openDatabase(path);
  // Bulk load: rows first; both indexes are built from the catch-up queue, timed on their own.
  const generator = createCorpusGenerator(1);
  const writer = createArticleWriter(db);
  const start = performance.now();
  for (let i = 0; i < count; i += 1000) {
    db.exec('BEGIN');
    for (let j = i; j < Math.min(count, i + 1000); j += 1) writer.insert(generator.next(j));
    db.exec('COMMIT');
  }
  console.log(`generated and stored ${count} articles in ${seconds(start)} s`);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return { path };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function indexBytes(db: Database, table: string): number {
  const row = db
    .prepare('SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE ?')
    .get(`${table}%`) as { bytes: number | null };
  return row.bytes ?? 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function runOurs(db: Database, queries: BenchQuery[]): { outcomes: Outcome[]; openMs: number } {
  const start = performance.now();
  const service = createSearchService(db);
  service.query({ text: 'warm up the statements', limit: 10 });
  const openMs = performance.now() - start;
  const outcomes = queries.map((query) => {
    const t = performance.now();
    const hits = service.query({ text: query.text, limit: 10, perArticle: 1 });
    return { query, ms: performance.now() - t, hits };
  });
  return { outcomes, openMs };
}

/** The `search` benchmark. */
export async function benchSearch(): Promise<void> {
  const count = Number(process.env.BENCH_SEARCH_COUNT ?? 10_000);
  const { path } = buildLibrary(count);
  let pairSeconds: number | null = null;
  {
    const db = openDatabase(path);
    // After a change of the key scheme (shared/search/pair-keys.ts) a reused library needs new keys.
    if (process.env.BENCH_SEARCH_REINDEX) resetPairIndex(db);
    if (pendingPassageCount(db) > 0) {
      const start = performance.now();
      indexPendingPassages(db);
      pairSeconds = (performance.now() - start) / 1000;
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    }
    db.close();
  }
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = liveHeapBytes();
  const openStart = performance.now();
  const db = openDatabase(path);
  const dbOpenMs = performance.now() - openStart;
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  const queries = makeQueries(db, 200, prng(99));
  console.log(`library: ${count} articles, ${passages} passages, file ${mb(statSync(path).size)}`);

  const ours = runOurs(db, queries);
  const rssAfter = process.memoryUsage().rss;
  const heapAfter = liveHeapBytes();
  const summary = summarise(ours.outcomes);
  console.log('\n## ours: rare word-pair and word probes + approximate alignment');
  const time = (s: number | null) => (s === null ? 'reused' : `${s.toFixed(1)} s`);
  console.log(`index build (words and pairs, from the catch-up queue): ${time(pairSeconds)}`);
  console.log(
    `index on disk: words ${mb(indexBytes(db, 'passages_fts'))}, pairs ${mb(indexBytes(db, 'search_pairs'))}`,
  );
  console.log(
    `open: database ${dbOpenMs.toFixed(0)} ms + service and first query ${ours.openMs.toFixed(0)} ms`,
  );
  console.log(
    `memory: process RSS +${mb(rssAfter - rssBefore)} (now ${mb(rssAfter)}), JS heap +${mb(heapAfter - heapBefore)}; the index stays on disk, read through SQLite's page cache`,
  );
  console.log(summary.text);

  const fuse = await runFuseBaseline(db, queries, passages);
  console.log('\n## baseline: Fuse.js alone (ignoreLocation, threshold 0.3)');
  console.log(fuse.text);
  console.log(
    `\nratio: Fuse.js median latency / ours = ${(fuse.medianMs / summary.medianMs).toFixed(0)}x`,
  );
  db.close();
}
