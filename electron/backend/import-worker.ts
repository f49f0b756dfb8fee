/**
 * Worker thread that runs one import job, so parsing and writing never block the host's event
 * loop. It opens its own connection (WAL lets the host keep reading), reports progress, and stops
 * after the current file when the shared cancel flag is raised.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db/database.ts';
import { expandPaths, runImport, type ImportItem } from './import-files.ts';
import { parallelThreshold, runImportParallel } from './parallel-import.ts';
import { drainSearchQueue } from './search/search-index.ts';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import type { ImportReport } from '../../shared/api/schemas.ts';

export interface ImportWorkerData {
  dbPath: string;
  paths: string[];
  uploads: { name: string; bytes: Uint8Array }[];
  /** Int32Array over a SharedArrayBuffer; index 0 set to 1 asks the worker to stop. */
  cancelFlag: SharedArrayBuffer;
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number; file: string | null }
  | { type: 'finished'; report: ImportReport }
  | { type: 'failed'; message: string };

async function main(data: ImportWorkerData): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const flag = new Int32Array(data.cancelFlag);
  const db = openDatabase(data.dbPath);
  try {
    const expanded = expandPaths(data.paths);
    const items: ImportItem[] = [...data.uploads, ...expanded.items];
    port.postMessage({
      type: 'progress',
      done: 0,
      total: items.length,
      file: null,
    } satisfies ImportWorkerMessage);
    let lastPost = 0;
    const run = items.length >= parallelThreshold ? runImportParallel : runImport;
    const report = await run({
      db,
      registry: loadDefaultRegistry(),
      items,
      failed: expanded.failed,
      now: () => new Date(),
      isCancelled: () => Atomics.load(flag, 0) === 1,
      onProgress: (done, total, file) => {
        const now = Date.now();
        // Throttled: a 10,000-file folder must not flood the UI with events.
        if (now - lastPost < 50 && done < total) return;
        lastPost = now;
        port.postMessage({ type: 'progress', done, total, file } satisfies ImportWorkerMessage);
      },
    });
    port.postMessage({ type: 'finished', report } satisfies ImportWorkerMessage);
    // The report is out; the word-pair search index catches up after it, in short transactions.
    // Until then the new passages are found through the word index.
    drainSearchQueue(db, () => Atomics.load(flag, 0) === 1);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'failed', message } satisfies ImportWorkerMessage);
  } finally {
    db.close();
  }
}

void main(workerData as ImportWorkerData);
