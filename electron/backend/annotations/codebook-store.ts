/**
 * Codebooks and their codes. The shipped default codebook is written into a library once; users
 * add codebooks and codes, nest, rename, recolour, retire and merge codes. Retiring keeps a code on
 * its passages; merging moves the passages onto the target, then retires the sources.
 * Callers own the transaction for writes.
 */
import { randomUUID } from 'node:crypto';
import type { Code, Codebook } from '../../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import { getSetting, setSetting, type Database } from '../db/database.ts';

/** The id of the shipped default codebook, the same in every library. */
export const defaultCodebookId = 'default';

/** Colours given to new codes in turn when none is chosen (legible on white and dark). */
export const codePalette = [
  '#e6a23c',
  '#409eff',
  '#67c23a',
  '#f56c6c',
  '#9b59b6',
  '#16a085',
  '#d35400',
  '#2c82c9',
  '#c0392b',
  '#7f8c8d',
] as const;

/** The palette colour for the n-th code. */
export const paletteColour = (n: number): string =>
  codePalette[n % codePalette.length] ?? '#409eff';

/** A codebook file: the shipped default's shape (shared/data/codebooks/default.json). */
export interface CodebookFile {
  /** Bumped by a release that adds codes; newer codes are added to existing libraries. */
  version?: number;
  name: string;
  description?: string;
  codes: CodeFile[];
}
export interface CodeFile {
  id?: string;
  name: string;
  description?: string;
  color?: string;
  children?: CodeFile[];
}

interface CodebookRow {
  id: string;
  name: string;
  description: string;
  built_in: number;
}

interface CodeRow {
  id: string;
  codebook_id: string;
  parent_id: string | null;
  name: string;
  description: string;
  color: string;
  shortcut: string | null;
  retired: number;
  usage: number;
}

const toCodebook = (row: CodebookRow): Codebook => ({
  id: row.id,
  name: row.name,
  description: row.description,
  builtIn: row.built_in === 1,
});

const toCode = (row: CodeRow): Code => ({
  id: row.id,
  codebookId: row.codebook_id,
  parentId: row.parent_id,
  name: row.name,
  description: row.description,
  color: row.color,
  shortcut: row.shortcut,
  retired: row.retired === 1,
  usage: row.usage,
});

const codeColumns = `c.id, c.codebook_id, c.parent_id, c.name, c.description, c.color, c.shortcut,
  c.retired, (SELECT count(*) FROM annotation_codes ac WHERE ac.code_id = c.id) AS usage`;

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'code'
  );
}

/**
 * Writes the default codebook into the library the first time, and the codes a newer release of
 * it adds (by id) later; codes already there keep the user's edits (names, colours, nesting,
 * retirement). Code ids are stable (`default:<id>`), so exports from two libraries name the same
 * codes. Returns whether anything was written. The caller owns the transaction.
 */
export function seedDefaultCodebook(db: Database, file: CodebookFile, now: Date): boolean {
  const fileVersion = file.version ?? 1;
  const seeded = Number(getSetting(db, 'codebooks.defaultVersion') ?? 0);
  if (seeded >= fileVersion) return false;
  const exists = db.prepare('SELECT 1 FROM codebooks WHERE id = ?').get(defaultCodebookId);
  if (!exists) {
    db.prepare(
      'INSERT INTO codebooks (id, name, description, built_in, created_at) VALUES (?, ?, ?, 1, ?)',
    ).run(defaultCodebookId, file.name, file.description ?? '', now.toISOString());
  }
  const present = new Set(
    (
      db.prepare('SELECT id FROM codes WHERE codebook_id = ?').all(defaultCodebookId) as {
        id: string;
      }[]
    ).map((r) => r.id),
  );
  const insert = db.prepare(
    `INSERT INTO codes (id, codebook_id, parent_id, name, description, color, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let position = (
    db
      .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM codes WHERE codebook_id = ?')
      .get(defaultCodebookId) as { next: number }
  ).next;
  const add = (code: CodeFile, parentId: string | null) => {
    const id = `${defaultCodebookId}:${code.id ?? slug(code.name)}`;
    if (!present.has(id)) {
      present.add(id);
      insert.run(
        id,
        defaultCodebookId,
        parentId,
        code.name,
        code.description ?? '',
        code.color ?? paletteColour(position),
        position,
      );
      position += 1;
    }
    for (const child of code.children ?? []) add(child, id);
  };
  for (const code of file.codes) add(code, null);
  setSetting(db, 'codebooks.defaultVersion', String(fileVersion));
  return true;
}

export function listCodebooks(db: Database): { codebook: Codebook; codes: Code[] }[] {
  const books = db
    .prepare(
      'SELECT id, name, description, built_in FROM codebooks ORDER BY built_in DESC, created_at, name',
    )
    .all() as unknown as CodebookRow[];
  const codes = db
    .prepare(`SELECT ${codeColumns} FROM codes c ORDER BY c.position, c.name`)
    .all() as unknown as CodeRow[];
  return books.map((book) => ({
    codebook: toCodebook(book),
    codes: codes.filter((c) => c.codebook_id === book.id).map(toCode),
  }));
}

export function getCodebook(db: Database, id: string): Codebook {
  const row = db
    .prepare('SELECT id, name, description, built_in FROM codebooks WHERE id = ?')
    .get(id) as unknown as CodebookRow | undefined;
  if (!row) throw new ApiFailure('not_found', `no codebook with id "${id}"`);
  return toCodebook(row);
}

export function createCodebook(
  db: Database,
  input: { name: string; description: string },
  now: Date,
): Codebook {
  const id = randomUUID();
  db.prepare(
    'INSERT INTO codebooks (id, name, description, built_in, created_at) VALUES (?, ?, ?, 0, ?)',
  ).run(id, input.name, input.description, now.toISOString());
  return getCodebook(db, id);
}

export function updateCodebook(
  db: Database,
  input: { id: string; name?: string; description?: string },
): Codebook {
  const current = getCodebook(db, input.id);
  db.prepare('UPDATE codebooks SET name = ?, description = ? WHERE id = ?').run(
    input.name ?? current.name,
    input.description ?? current.description,
    input.id,
  );
  return getCodebook(db, input.id);
}

export function getCode(db: Database, id: string): Code {
  const row = db.prepare(`SELECT ${codeColumns} FROM codes c WHERE c.id = ?`).get(id) as unknown as
    CodeRow | undefined;
  if (!row) throw new ApiFailure('not_found', `no code with id "${id}"`);
  return toCode(row);
}

export function createCode(
  db: Database,
  input: {
    codebookId: string;
    name: string;
    description: string;
    color?: string;
    parentId: string | null;
  },
): Code {
  getCodebook(db, input.codebookId);
  if (input.parentId !== null) checkParent(db, input.codebookId, input.parentId, null);
  const { n, next } = db
    .prepare(
      'SELECT count(*) AS n, coalesce(max(position), -1) + 1 AS next FROM codes WHERE codebook_id = ?',
    )
    .get(input.codebookId) as { n: number; next: number };
  const id = randomUUID();
  db.prepare(
    `INSERT INTO codes (id, codebook_id, parent_id, name, description, color, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.codebookId,
    input.parentId,
    input.name,
    input.description,
    (input.color ?? paletteColour(n)).toLowerCase(),
    next,
  );
  return getCode(db, id);
}

/** A parent must be in the same codebook and must not be the code itself or one of its children. */
function checkParent(db: Database, codebookId: string, parentId: string, self: string | null) {
  const parent = getCode(db, parentId);
  if (parent.codebookId !== codebookId) {
    throw new ApiFailure('invalid_input', 'a code can only nest under a code of its own codebook');
  }
  for (let at: string | null = parentId; at !== null; at = getCode(db, at).parentId) {
    if (at === self) throw new ApiFailure('invalid_input', 'a code cannot nest under itself');
  }
}

export function updateCode(
  db: Database,
  input: {
    id: string;
    name?: string;
    description?: string;
    color?: string;
    parentId?: string | null;
    shortcut?: string | null;
    retired?: boolean;
  },
): Code {
  const current = getCode(db, input.id);
  if (input.parentId !== undefined && input.parentId !== null) {
    checkParent(db, current.codebookId, input.parentId, current.id);
  }
  if (input.shortcut) {
    // One key applies one code: it moves here from whichever code had it.
    db.prepare('UPDATE codes SET shortcut = NULL WHERE shortcut = ? AND id <> ?').run(
      input.shortcut,
      input.id,
    );
  }
  const retired = input.retired ?? current.retired;
  db.prepare(
    `UPDATE codes SET name = ?, description = ?, color = ?, parent_id = ?, shortcut = ?, retired = ?,
       merged_into = CASE WHEN ? THEN merged_into ELSE NULL END
     WHERE id = ?`,
  ).run(
    input.name ?? current.name,
    input.description ?? current.description,
    (input.color ?? current.color).toLowerCase(),
    input.parentId === undefined ? current.parentId : input.parentId,
    // A retired code is no longer offered, so it keeps no shortcut.
    retired ? null : input.shortcut === undefined ? current.shortcut : input.shortcut,
    retired ? 1 : 0,
    retired ? 1 : 0,
    input.id,
  );
  return getCode(db, input.id);
}

/**
 * Moves every passage coded with a source onto the target (a passage coded with both keeps one
 * row), retires the sources and records where they went. Returns the passages moved.
 */
export function mergeCodes(
  db: Database,
  sourceIds: string[],
  targetId: string,
): { moved: number; annotationIds: string[] } {
  const target = getCode(db, targetId);
  if (target.retired) throw new ApiFailure('invalid_input', `"${target.name}" is retired`);
  const sources = [...new Set(sourceIds)];
  if (sources.includes(targetId)) {
    throw new ApiFailure('invalid_input', 'a code cannot be merged into itself');
  }
  for (const id of sources) getCode(db, id);
  const marks = sources.map(() => '?').join(', ');
  const annotationIds = (
    db
      .prepare(
        `SELECT DISTINCT annotation_id AS id FROM annotation_codes WHERE code_id IN (${marks})`,
      )
      .all(...sources) as { id: string }[]
  ).map((r) => r.id);
  // Where the passage had the target already, the source row just goes.
  db.prepare(
    `DELETE FROM annotation_codes WHERE code_id IN (${marks}) AND annotation_id IN
       (SELECT annotation_id FROM annotation_codes WHERE code_id = ?)`,
  ).run(...sources, targetId);
  // Otherwise the row moves to the target, keeping its place in the passage's list (the first
  // source of a passage takes the place; later ones of the same passage go).
  const rows = db
    .prepare(
      `SELECT annotation_id, code_id, position FROM annotation_codes WHERE code_id IN (${marks})
       ORDER BY annotation_id, position`,
    )
    .all(...sources) as { annotation_id: string; code_id: string; position: number }[];
  const moved = new Set<string>();
  const move = db.prepare(
    'UPDATE annotation_codes SET code_id = ? WHERE annotation_id = ? AND code_id = ?',
  );
  const drop = db.prepare('DELETE FROM annotation_codes WHERE annotation_id = ? AND code_id = ?');
  for (const row of rows) {
    if (moved.has(row.annotation_id)) drop.run(row.annotation_id, row.code_id);
    else {
      move.run(targetId, row.annotation_id, row.code_id);
      moved.add(row.annotation_id);
    }
  }
  db.prepare(
    `UPDATE codes SET retired = 1, shortcut = NULL, merged_into = ?,
       parent_id = CASE WHEN parent_id IN (${marks}) THEN NULL ELSE parent_id END
     WHERE id IN (${marks})`,
  ).run(targetId, ...sources, ...sources);
  // Children of a merged code nest under the target instead (the target itself moves to the top).
  db.prepare(`UPDATE codes SET parent_id = NULL WHERE id = ? AND parent_id IN (${marks})`).run(
    targetId,
    ...sources,
  );
  db.prepare(`UPDATE codes SET parent_id = ? WHERE parent_id IN (${marks})`).run(
    targetId,
    ...sources,
  );
  return { moved: annotationIds.length, annotationIds };
}

/** Every code with its codebook's name, for name look-ups (CLI, CSV import). */
export function allCodes(db: Database): (Code & { codebookName: string })[] {
  const rows = db
    .prepare(
      `SELECT ${codeColumns}, b.name AS codebook_name FROM codes c
       JOIN codebooks b ON b.id = c.codebook_id ORDER BY b.built_in DESC, b.created_at, c.position`,
    )
    .all() as unknown as (CodeRow & { codebook_name: string })[];
  return rows.map((row) => ({ ...toCode(row), codebookName: row.codebook_name }));
}
