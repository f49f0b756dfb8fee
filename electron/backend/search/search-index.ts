/**
 * Keeps both search indexes in step with the passages: the word index (`passages_fts`) and the
 * word-pair index (`search_pairs`, migration 2). Triggers queue every inserted or edited passage in
 * `search_pending` and take deleted ones out, whoever writes them (migration 4); this module indexes
 * queued passages, computing the pair keys (shared/search/pair-keys.ts), which SQL cannot. A queued
 * passage is in neither index.
 *
 * The import worker drains the queue after its report, in short transactions, so indexing never
 * slows the import itself; the search service drains a short queue before a query, so what any
 * other path writes is searchable at once. Nothing is rebuilt at start-up: the indexes live in the
 * database file.
 */
import type { Database } from '../db/database.ts';
import { passageKeyDocument } from '../../../shared/search/pair-keys.ts';

const batchSize = 1000;

/**
 * Indexes up to `limit` queued passages (all by default), oldest first; returns how many. Runs in
 * the caller's transaction when one is open, else in its own.
 */
export function indexPendingPassages(db: Database, limit = Number.POSITIVE_INFINITY): number {
  const select = db.prepare(
    `SELECT q.passage_id AS id, p.text AS text FROM search_pending q
       LEFT JOIN passages p ON p.id = q.passage_id ORDER BY q.passage_id LIMIT ?`,
  );
  const insert = db.prepare('INSERT INTO search_pairs (rowid, keys) VALUES (?, ?)');
  const insertWords = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)');
  const dequeue = db.prepare('DELETE FROM search_pending WHERE passage_id = ?');
  const run = (): number => {
    let done = 0;
    while (done < limit) {
      const rows = select.all(Math.min(batchSize, limit - done)) as {
        id: number;
        text: string | null;
      }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.text !== null) insertWords.run(row.id, row.text);
        const document = row.text === null ? '' : passageKeyDocument(row.text);
        if (document) insert.run(row.id, document);
        dequeue.run(row.id);
      }
      done += rows.length;
    }
    return done;
  };
  if (db.isTransaction) return run();
  db.exec('BEGIN IMMEDIATE');
  try {
    const done = run();
    db.exec('COMMIT');
    return done;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Indexes the whole queue in short transactions (`chunk` passages each), so that other writers
 * (a metadata edit, the next import) wait milliseconds, not the whole drain. `shouldStop` is asked
 * between chunks. Returns how many passages were indexed.
 */
export function drainSearchQueue(db: Database, shouldStop = () => false, chunk = 2000): number {
  let total = 0;
  for (;;) {
    if (shouldStop()) return total;
    const done = indexPendingPassages(db, chunk);
    total += done;
    if (done < chunk) return total;
  }
}

/** How many passages wait to be indexed. */
export function pendingPassageCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
}

/**
 * Merges the index's segments after a large import so look-ups touch one b-tree per table; optional
 * (FTS5 merges incrementally on its own), a few seconds at 100,000 articles.
 */
export function optimizeSearchIndex(db: Database): void {
  db.exec("INSERT INTO search_pairs (search_pairs) VALUES ('optimize')");
  db.exec("INSERT INTO passages_fts (passages_fts) VALUES ('optimize')");
}

/**
 * Empties the pair index and queues every passage again. Needed only when the key scheme in
 * shared/search/pair-keys.ts changes (a migration calls it then); never at start-up.
 */
export function resetPairIndex(db: Database): void {
  db.exec("INSERT INTO search_pairs (search_pairs) VALUES ('delete-all')");
  db.exec('INSERT OR IGNORE INTO search_pending (passage_id) SELECT id FROM passages');
}
