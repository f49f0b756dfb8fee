/**
 * The baseline: Fuse.js alone over the passages, with the options that let it find a quote anywhere
 * in a passage (`ignoreLocation`, threshold 0.3). It is linear in the number of passages and takes
 * seconds per query, so it is time-boxed: it runs over a sample of at most BENCH_FUSE_SAMPLE
 * passages (default 20,000), on queries whose source lies in the sample, for at most
 * BENCH_FUSE_SECONDS (default 60), and its latency is extrapolated linearly to the whole library.
 */
import Fuse from 'fuse.js';
import type { Database } from '../../electron/backend/db/database.ts';
import { liveHeapBytes } from './search-bench-memory.ts';
import { isFound, type BenchQuery, type Outcome } from './search-bench-queries.ts';

export async function runFuseBaseline(
  db: Database,
  queries: BenchQuery[],
  totalPassages: number,
): Promise<{ text: string; medianMs: number }> {
  const sampleSize = Math.min(totalPassages, Number(process.env.BENCH_FUSE_SAMPLE ?? 20_000));
  const budgetMs = Number(process.env.BENCH_FUSE_SECONDS ?? 60) * 1000;
  const heapBefore = liveHeapBytes();
  const rows = db
    .prepare('SELECT id, article_id AS article, text FROM passages ORDER BY id LIMIT ?')
    .all(sampleSize) as { id: number; article: string; text: string }[];
  const maxId = rows.at(-1)?.id ?? 0;
  let start = performance.now();
  const fuse = new Fuse(rows, {
    keys: ['text'],
    ignoreLocation: true,
    threshold: 0.3,
    includeScore: true,
  });
  const buildMs = performance.now() - start;
  const heapMb = (liveHeapBytes() - heapBefore) / 1024 / 1024;
  const outcomes: Outcome[] = [];
  start = performance.now();
  for (const query of queries.filter((q) => q.passageId <= maxId)) {
    if (performance.now() - start > budgetMs && outcomes.length > 0) break;
    const t = performance.now();
    const hits = fuse.search(query.text, { limit: 10 }).map((r) => r.item);
    outcomes.push({ query, ms: performance.now() - t, hits });
  }
  const scale = totalPassages / sampleSize;
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const medianMs = (ms[Math.floor(ms.length / 2)] ?? 0) * scale;
  const found = outcomes.filter(isFound).length;
  const extrapolated =
    scale > 1 ? ` (extrapolated ×${scale.toFixed(1)} from ${sampleSize} passages)` : '';
  const text = [
    `index build: ${((buildMs * scale) / 1000).toFixed(1)} s${extrapolated}; in memory only, nothing on disk`,
    `memory: JS heap +${(heapMb * scale).toFixed(0)} MB for passages and Fuse index${extrapolated}`,
    `queries run in the ${budgetMs / 1000} s box: ${outcomes.length} (${outcomes.filter((o) => o.query.isTypo).length} with typos)`,
    `median ${medianMs.toFixed(0)} ms per query${extrapolated}`,
    `recall@10 on those queries (within the sample): ${outcomes.length ? (found / outcomes.length).toFixed(2) : 'n/a'}`,
  ].join('\n');
  return { text, medianMs };
}
