/**
 * Stores search history and saved searches in the library's `settings` table as JSON, under
 * `search.history` and `search.saved`: a hundred short entries need no table of their own, and they
 * travel with the library file. Unreadable values (a hand-edited database) read as empty lists.
 */
import { z } from 'zod';
import { getSetting, setSetting, type Database } from '../db/database.ts';
import {
  historyEntry,
  recordQuery,
  savedSearch,
  upsertSaved,
  type HistoryEntry,
  type SavedSearch,
} from '../../../shared/search/search-history.ts';

const historyKey = 'search.history';
const savedKey = 'search.saved';

function read<T>(db: Database, key: string, schema: z.ZodType<T[]>): T[] {
  const raw = getSetting(db, key);
  if (raw === null) return [];
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    // Not JSON: start again rather than fail every search.
    return [];
  }
}

/** The history, newest first. */
export function listHistory(db: Database): HistoryEntry[] {
  return read(db, historyKey, z.array(historyEntry));
}

/** Records a query run at `at` (ISO date-time); returns the new history. */
export function addToHistory(db: Database, text: string, at: string): HistoryEntry[] {
  const history = recordQuery(listHistory(db), text, at);
  setSetting(db, historyKey, JSON.stringify(history));
  return history;
}

/** Forgets the whole history. */
export function clearHistory(db: Database): void {
  setSetting(db, historyKey, '[]');
}

/** Saved searches, in the order they were saved. */
export function listSavedSearches(db: Database): SavedSearch[] {
  return read(db, savedKey, z.array(savedSearch));
}

/** Saves a search, replacing the one with the same id; returns the list. */
export function saveSearch(db: Database, search: SavedSearch): SavedSearch[] {
  const saved = upsertSaved(listSavedSearches(db), savedSearch.parse(search));
  setSetting(db, savedKey, JSON.stringify(saved));
  return saved;
}

/** Deletes a saved search; returns whether one was deleted. */
export function deleteSavedSearch(db: Database, id: string): boolean {
  const saved = listSavedSearches(db);
  const kept = saved.filter((s) => s.id !== id);
  setSetting(db, savedKey, JSON.stringify(kept));
  return kept.length < saved.length;
}
