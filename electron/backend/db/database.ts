/**
 * Opens the library database: one SQLite file through Node's built-in `node:sqlite` (the same
 * engine in Electron, the HTTP host, the CLI and the tests), WAL mode, foreign keys on, migrated.
 */
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations, type Migration } from './migrations.ts';

export type Database = DatabaseSync;

export interface OpenOptions {
  /** Migrations to apply; defaults to all. Tests pass a prefix to check each step. */
  migrations?: Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 10000');
  migrate(db, options.migrations ?? migrations);
  return db;
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/** Applies the pending migrations, each in its own transaction with its version bump. */
export function migrate(db: Database, list: Migration[]): void {
  const current = schemaVersion(db);
  for (const migration of list) {
    if (migration.version <= current) continue;
    transaction(db, () => {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}

/** Runs `work` in a transaction: committed if it returns, rolled back if it throws. */
export function transaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

export function getSetting(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function setSetting(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
