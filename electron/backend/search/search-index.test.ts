import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations.ts';
import { migrate, openDatabase, schemaVersion, type Database } from '../db/database.ts';
import { pairKey } from '../../../shared/search/pair-keys.ts';
import { insertArticles } from '../../../tests/support/search-articles.ts';
import {
  indexPendingPassages,
  optimizeSearchIndex,
  pendingPassageCount,
  resetPairIndex,
} from './search-index.ts';

let db: Database;

const pairHits = (first: string, second: string): number[] =>
  (
    db
      .prepare('SELECT rowid AS id FROM search_pairs WHERE search_pairs MATCH ?')
      .all(`"${pairKey(first, second, 0)}"`) as { id: number }[]
  ).map((r) => r.id);

const article = {
  title: 'T',
  paragraphs: ['Not aimed against any third country.', 'Мы усилили нашу безопасность.'],
};

beforeEach(() => {
  db = openDatabase(':memory:');
});

afterEach(() => db.close());

describe('migration 2: the search pair index', () => {
  it('queues the passages of a library created before it', () => {
    const old = openDatabase(':memory:', { migrations: migrations.slice(0, 1) });
    insertArticles(old, [article]);
    migrate(old, migrations.slice(0, 2));
    expect(schemaVersion(old)).toBe(2);
    expect(pendingPassageCount(old)).toBe(2);
    old.close();
  });

  it('queues new passages and indexes them on demand', () => {
    insertArticles(db, [article]);
    expect(pendingPassageCount(db)).toBe(2);
    expect(pairHits('third', 'country')).toEqual([]);
    expect(indexPendingPassages(db)).toBe(2);
    expect(pendingPassageCount(db)).toBe(0);
    expect(pairHits('third', 'country')).toHaveLength(1);
    expect(pairHits('усилили', 'нашу')).toHaveLength(1);
  });

  it('indexes at most the limit it is given', () => {
    insertArticles(db, [article]);
    expect(indexPendingPassages(db, 1)).toBe(1);
    expect(pendingPassageCount(db)).toBe(1);
  });

  it('joins the caller transaction when one is open', () => {
    insertArticles(db, [article]);
    db.exec('BEGIN');
    indexPendingPassages(db);
    db.exec('ROLLBACK');
    expect(pendingPassageCount(db)).toBe(2);
    expect(pairHits('third', 'country')).toEqual([]);
  });

  it('drops the keys of an edited passage and queues it again', () => {
    insertArticles(db, [article]);
    indexPendingPassages(db);
    db.prepare("UPDATE passages SET text = 'A second country.' WHERE idx = 0").run();
    expect(pairHits('third', 'country')).toEqual([]);
    expect(pendingPassageCount(db)).toBe(1);
    indexPendingPassages(db);
    expect(pairHits('second', 'country')).toHaveLength(1);
  });

  it('drops the keys and queue entries of a deleted article', () => {
    const [id] = insertArticles(db, [article, { title: 'U', paragraphs: ['Other text.'] }]);
    indexPendingPassages(db, 1);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id ?? '');
    expect(pairHits('third', 'country')).toEqual([]);
    expect(pendingPassageCount(db)).toBe(1);
  });

  it('can be emptied and rebuilt after a change of key scheme', () => {
    insertArticles(db, [article]);
    indexPendingPassages(db);
    resetPairIndex(db);
    expect(pairHits('third', 'country')).toEqual([]);
    expect(pendingPassageCount(db)).toBe(2);
    indexPendingPassages(db);
    optimizeSearchIndex(db);
    expect(pairHits('third', 'country')).toHaveLength(1);
  });
});

describe('migration 4: both indexes fill from the queue', () => {
  const wordHits = (word: string): number =>
    (db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?').all(word) as unknown[])
      .length;

  it('keeps a queued passage out of the word index until it is indexed', () => {
    insertArticles(db, [article]);
    expect(wordHits('третий OR country')).toBe(0);
    indexPendingPassages(db);
    expect(wordHits('country')).toBe(1);
    db.exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('deletes and edits passages, queued or indexed, leaving a consistent word index', () => {
    const [first] = insertArticles(db, [
      article,
      { title: 'U', paragraphs: ['Other country text.'] },
    ]);
    indexPendingPassages(db, 1);
    db.prepare('DELETE FROM articles WHERE id = ?').run(first!);
    db.prepare("UPDATE passages SET text = 'A changed country text.'").run();
    indexPendingPassages(db);
    expect(wordHits('changed')).toBe(1);
    expect(wordHits('third')).toBe(0);
    db.exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('takes the queued passages of an older library out of the word index', () => {
    const old = openDatabase(':memory:', { migrations: migrations.slice(0, 3) });
    insertArticles(old, [article]);
    migrate(old, migrations);
    old.exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 0)");
    expect(pendingPassageCount(old)).toBe(2);
    indexPendingPassages(old);
    old.exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)");
    old.close();
  });
});
