/**
 * Import throughput: a generated folder of realistic articles (built from the sample corpus's
 * sentences with real-world page chrome, see tests/support/generate-corpus.ts) imported into a new
 * library by the same code path as the app's import worker: walk, read, decode, parse, de-duplicate,
 * write articles + passages + FTS index in batched transactions. Reports articles/s.
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { openDatabase } from '../../electron/backend/db/database.ts';
import { expandPaths, runImport } from '../../electron/backend/import-files.ts';
import { writeCorpus } from '../support/generate-corpus.ts';
import { makeTempDir } from '../support/temp-dir.ts';

export function benchImport(count = Number(process.env.BENCH_IMPORT_COUNT ?? 10_000)): void {
  const dir = makeTempDir('parallax-bench-');
  try {
    const folder = join(dir.path, 'articles');
    let start = performance.now();
    writeCorpus(folder, count, 1);
    console.log(`generated ${count} files in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const db = openDatabase(join(dir.path, 'library.sqlite'));
    const registry = loadDefaultRegistry();
    start = performance.now();
    const { items, failed } = expandPaths([folder]);
    const report = runImport({ db, registry, items, failed, now: () => new Date() });
    const seconds = (performance.now() - start) / 1000;
    db.close();
    const passages = report.imported.length;
    console.log(`cores: ${availableParallelism()}, node ${process.versions.node}`);
    console.log(
      `imported ${passages} articles, skipped ${report.skipped.length}, failed ${report.failed.length}`,
    );
    console.log(
      `import: ${seconds.toFixed(2)} s, ${Math.round(count / seconds)} articles/s (one import thread, as the app's worker)`,
    );
  } finally {
    dir.remove();
  }
}
