import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.ts';
import { migrate, openDatabase, schemaVersion } from './database.ts';

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('migration 1 creates articles, passages and an FTS index kept in sync by triggers', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 1) });
    expect(schemaVersion(db)).toBe(1);
    db.prepare(
      `INSERT INTO articles (id, format, encoding, raw, body, lines_json, body_spans_json, body_lines_json,
        title, word_count, length, content_hash, imported_at)
       VALUES ('a1', 'txt', 'utf-8', 'raw', 'body', '[]', '[]', '[]', 'T', 1, 4, 'h1', '2026-01-01')`,
    ).run();
    db.prepare(
      "INSERT INTO passages (article_id, idx, paragraph, start, end, text) VALUES ('a1', 0, 0, 0, 20, 'Генштаб и НАТО')",
    ).run();
    const hit = db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'нато'").all();
    expect(hit).toHaveLength(1);
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM passages').get()).toEqual({ n: 0 });
    expect(
      db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'нато'").all(),
    ).toHaveLength(0);
  });

  it('rejects a duplicate content hash', () => {
    const db = openDatabase(':memory:');
    const insert = db.prepare(
      `INSERT INTO articles (id, format, encoding, raw, body, lines_json, body_spans_json, body_lines_json,
        title, word_count, length, content_hash, imported_at)
       VALUES (?, 'txt', 'utf-8', 'raw', 'body', '[]', '[]', '[]', 'T', 1, 4, 'same', '2026-01-01')`,
    );
    insert.run('a1');
    expect(() => insert.run('a2')).toThrow(/UNIQUE/);
  });

  it('is idempotent: reopening applies nothing twice', () => {
    const db = openDatabase(':memory:');
    const version = schemaVersion(db);
    expect(version).toBe(migrations.length);
  });
});

describe('migration 3', () => {
  it('moves the library revision on when articles are edited or removed', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 3) });
    const revision = () =>
      Number(
        (
          db.prepare("SELECT value FROM settings WHERE key = 'library.revision'").get() as {
            value: string;
          }
        ).value,
      );
    expect(revision()).toBe(0);
    db.prepare(
      `INSERT INTO articles (id, format, encoding, raw, body, lines_json, body_spans_json, body_lines_json,
        title, word_count, length, content_hash, imported_at)
       VALUES ('a1', 'txt', 'utf-8', 'raw', 'body', '[]', '[]', '[]', 'T', 1, 4, 'h1', '2026-01-01')`,
    ).run();
    expect(revision()).toBe(0);
    db.prepare("UPDATE articles SET outlet = 'RT' WHERE id = 'a1'").run();
    expect(revision()).toBe(0);
    db.prepare("UPDATE articles SET title = 'New' WHERE id = 'a1'").run();
    expect(revision()).toBe(1);
    db.prepare(
      "INSERT INTO story_members (article_id, story_id, story_title) VALUES ('a1', 's1', 'New')",
    ).run();
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(revision()).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM story_members').get()).toEqual({ n: 0 });
  });
});

describe('migration 5', () => {
  it('gives existing articles version 1 and keeps coded passages until their article goes', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 4) });
    db.prepare(
      `INSERT INTO articles (id, format, encoding, raw, body, lines_json, body_spans_json, body_lines_json,
        title, word_count, length, content_hash, imported_at)
       VALUES ('a1', 'txt', 'utf-8', 'raw', 'body text', '[]', '[]', '[]', 'T', 2, 9, 'h1', '2026-01-01')`,
    ).run();
    migrate(db, migrations);
    expect(schemaVersion(db)).toBe(5);
    expect(
      db.prepare("SELECT version, version_origin, source_path FROM articles WHERE id = 'a1'").get(),
    ).toEqual({ version: 1, version_origin: 'import', source_path: null });

    db.prepare(
      "INSERT INTO codebooks (id, name, created_at) VALUES ('b1', 'Frames', '2026-01-01')",
    ).run();
    const code = db.prepare(
      "INSERT INTO codes (id, codebook_id, name, color) VALUES (?, 'b1', ?, '#aabbcc')",
    );
    code.run('c1', 'Economic');
    code.run('c2', 'Morality');
    db.prepare(
      `INSERT INTO annotations (id, article_id, article_version, coder, start, end, exact, prefix,
        suffix, status, created_at, updated_at)
       VALUES ('n1', 'a1', 1, 'me', 0, 4, 'body', '', ' text', 'anchored', 'now', 'now')`,
    ).run();
    db.prepare("INSERT INTO annotation_codes (annotation_id, code_id) VALUES ('n1', 'c1')").run();
    // A code with passages cannot vanish from under them.
    expect(() => db.prepare("DELETE FROM codes WHERE id = 'c1'").run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("UPDATE annotations SET status = 'lost' WHERE id = 'n1'").run(),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO article_versions (article_id, version, body, title, passages_json, origin,
        imported_at, word_count) VALUES ('a1', 1, 'old', 'T', '[]', 'import', '2026-01-01', 1)`,
    ).run();

    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    for (const table of ['annotations', 'annotation_codes', 'article_versions']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT count(*) AS n FROM codes').get()).toEqual({ n: 2 });
  });
});
