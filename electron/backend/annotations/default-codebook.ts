/** The shipped default codebook, written into a library the first time it is opened. */
import defaultJson from '../../../shared/data/codebooks/default.json' with { type: 'json' };
import { codebookFile } from '../../../shared/annotations/index.ts';
import { getSetting, transaction, type Database } from '../db/database.ts';
import { seedDefaultCodebook, type CodebookFile } from './codebook-store.ts';

let parsed: CodebookFile | null = null;

/** The default codebook file, checked against the codebook schema. */
export function loadDefaultCodebook(): CodebookFile {
  parsed ??= codebookFile.parse(defaultJson);
  return parsed;
}

/** Seeds the default codebook (once per release of it); true when something was written. */
export function seedCodebooks(db: Database, now = new Date()): boolean {
  const file = loadDefaultCodebook();
  if (Number(getSetting(db, 'codebooks.defaultVersion') ?? 0) >= (file.version ?? 1)) return false;
  return transaction(db, () => seedDefaultCodebook(db, file, now));
}
