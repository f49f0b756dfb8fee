/** The shipped default codebook, written into a library the first time it is opened. */
import { existsSync, readFileSync } from 'node:fs';
import { transaction, type Database } from '../db/database.ts';
import { seedDefaultCodebook, type CodebookFile } from './codebook-store.ts';

const defaultFile = new URL('../../../shared/data/codebooks/default.json', import.meta.url);

export function loadDefaultCodebook(): CodebookFile | null {
  if (!existsSync(defaultFile)) return null;
  return JSON.parse(readFileSync(defaultFile, 'utf8')) as CodebookFile;
}

/** Seeds the default codebook once per library; true when it was written now. */
export function seedCodebooks(db: Database, now = new Date()): boolean {
  const file = loadDefaultCodebook();
  if (!file) return false;
  return transaction(db, () => seedDefaultCodebook(db, file, now));
}
