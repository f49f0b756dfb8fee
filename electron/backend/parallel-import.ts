/**
 * Parallel import for large jobs: a parse worker reads and parses chunks of files while this
 * thread writes the previous chunks, in the same batched transactions as `runImport`. Falls back
 * to parsing here if the worker cannot run, so a job never fails for want of a thread.
 */
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../../shared/api/schemas.ts';
import { createArticlesRepo } from './articles-repo.ts';
import {
  parseItem,
  storeOutcome,
  type ImportItem,
  type ImportRunOptions,
  type ItemOutcome,
} from './import-files.ts';
import type { ParseResponse } from './parse-worker.ts';

/** Below this many files a second thread costs more than it saves. */
export const parallelThreshold = 64;

/** The worker script next to this module: `.ts` from source, `.cjs` from the Electron bundle. */
export function defaultParseWorkerUrl(): URL {
  const ext = import.meta.url.endsWith('.cjs') ? '.cjs' : '.ts';
  return new URL(`./parse-worker${ext}`, import.meta.url);
}

export interface ParallelImportOptions extends ImportRunOptions {
  parseWorkerUrl?: URL;
  /** Files per message to the worker. */
  chunkSize?: number;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Sends chunks to the worker and hands back their outcomes; parses here if the worker died. */
function createParser(url: URL, options: ImportRunOptions) {
  const waiting = new Map<number, (outcomes: ItemOutcome[]) => void>();
  const sent = new Map<number, ImportItem[]>();
  let worker: Worker | null = new Worker(url);
  const parseHere = (items: ImportItem[]) => items.map((item) => parseItem(item, options.registry));
  const failOver = () => {
    worker = null;
    for (const [seq, resolve] of waiting) resolve(parseHere(sent.get(seq) ?? []));
    waiting.clear();
  };
  worker.on('message', ({ seq, outcomes }: ParseResponse) => {
    waiting.get(seq)?.(outcomes);
    waiting.delete(seq);
    sent.delete(seq);
  });
  worker.on('error', failOver);
  worker.on('exit', failOver);
  return {
    parse(seq: number, items: ImportItem[]): Promise<ItemOutcome[]> {
      if (!worker) return Promise.resolve(parseHere(items));
      sent.set(seq, items);
      const result = new Promise<ItemOutcome[]>((resolve) => waiting.set(seq, resolve));
      worker.postMessage({ seq, items });
      return result;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

export async function runImportParallel(options: ParallelImportOptions): Promise<ImportReport> {
  const { db, items } = options;
  const report: ImportReport = {
    imported: [],
    skipped: [],
    failed: [...(options.failed ?? [])],
    cancelled: false,
  };
  const ctx = {
    repo: createArticlesRepo(db),
    registry: options.registry,
    report,
    now: options.now,
  };
  const chunks = chunk(items, options.chunkSize ?? 32);
  const parser = createParser(options.parseWorkerUrl ?? defaultParseWorkerUrl(), options);
  const inFlight = chunks.slice(0, 3).map((c, seq) => parser.parse(seq, c));
  const batchSize = options.batchSize ?? 200;
  let done = 0;
  let sinceCommit = 0;
  let isOpen = false;
  try {
    for (let seq = 0; seq < chunks.length && !report.cancelled; seq += 1) {
      const outcomes = await inFlight[seq]!;
      const ahead = chunks[seq + 3];
      if (ahead) inFlight.push(parser.parse(seq + 3, ahead));
      if (!isOpen) db.exec('BEGIN IMMEDIATE');
      isOpen = true;
      for (const [i, item] of (chunks[seq] ?? []).entries()) {
        if (options.isCancelled?.()) {
          report.cancelled = true;
          break;
        }
        storeOutcome(item, outcomes[i] ?? { ok: false, error: 'not parsed' }, ctx);
        done += 1;
        sinceCommit += 1;
        options.onProgress?.(done, items.length, item.name);
      }
      if (sinceCommit >= batchSize || report.cancelled || seq === chunks.length - 1) {
        db.exec('COMMIT');
        isOpen = false;
        sinceCommit = 0;
      }
    }
    if (isOpen) db.exec('COMMIT');
    isOpen = false;
  } finally {
    if (isOpen) db.exec('ROLLBACK');
    await parser.close();
  }
  return report;
}
