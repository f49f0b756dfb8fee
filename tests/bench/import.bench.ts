/**
 * Import throughput: a generated folder of realistic articles (built from the sample corpus's
 * sentences with real-world page chrome, see tests/support/generate-corpus.ts) imported into a new
 * library by the same code path as the app's import worker: walk, read, decode, parse, de-duplicate,
 * write articles + passages in batched transactions (articles/s), then the search indexes' catch-up
 * that the worker runs after its report (timed apart).
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { openDatabase } from '../../electron/backend/db/database.ts';
import { expandPaths, runImport } from '../../electron/backend/import-files.ts';
import { runImportParallel } from '../../electron/backend/parallel-import.ts';
import { drainSearchQueue } from '../../electron/backend/search/search-index.ts';
import { writeCorpus } from '../support/generate-corpus.ts';
import { makeTempDir } from '../support/temp-dir.ts';

export async function benchImport(
  count = Number(process.env.BENCH_IMPORT_COUNT ?? 10_000),
): Promise<void> {
  const dir = makeTempDir('parallax-bench-');
  try {
    const folder = join(dir.path, 'articles');
    let start = performance.now();
    writeCorpus(folder, count, 1);
    console.log(`generated ${count} files in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const registry = loadDefaultRegistry();
    console.log(`cores: ${availableParallelism()}, node ${process.versions.node}`);
    for (const [label, run] of [
      ['one thread (parse and write in turn)', runImport],
      ['two threads (parse worker + writer), as the app imports large jobs', runImportParallel],
    ] as const) {
      const db = openDatabase(join(dir.path, `library-${run.name}.sqlite`));
      start = performance.now();
      const { items, failed } = expandPaths([folder]);
      const report = await run({ db, registry, items, failed, now: () => new Date() });
      const seconds = (performance.now() - start) / 1000;
      start = performance.now();
      const indexed = drainSearchQueue(db);
      const indexSeconds = (performance.now() - start) / 1000;
      db.close();
      console.log(
        `${label}: imported ${report.imported.length}, skipped ${report.skipped.length}, failed ${report.failed.length}; ${seconds.toFixed(2)} s, ${Math.round(count / seconds)} articles/s`,
      );
      console.log(
        `  then the search indexes catch up (words + pairs, ${indexed} passages, after the report): ${indexSeconds.toFixed(1)} s, ${Math.round(count / indexSeconds)} articles/s`,
      );
    }
  } finally {
    dir.remove();
  }
}
