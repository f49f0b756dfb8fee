/**
 * Search history and saved searches, as pure list operations over plain values; the backend stores
 * the lists (electron/backend/search/search-history-store.ts). History keeps the latest distinct
 * queries, newest first; a query typed again moves to the top instead of repeating.
 */
import { z } from 'zod';
import { searchQueryInput } from './search-schemas.ts';

/** Most queries kept in the history. */
export const maxHistory = 100;

/** One remembered query and when it was last run (ISO date-time, passed in by the caller). */
export const historyEntry = z.object({ text: z.string(), at: z.string() });
export type HistoryEntry = z.infer<typeof historyEntry>;

/** A search the user named and kept, with its filters. */
export const savedSearch = z.object({
  id: z.string(),
  name: z.string().min(1).max(200),
  query: searchQueryInput,
  savedAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearch>;

/** The history with `text` recorded at `at`: deduplicated by its trimmed text, newest first. */
export function recordQuery(
  history: readonly HistoryEntry[],
  text: string,
  at: string,
): HistoryEntry[] {
  const trimmed = text.trim();
  if (!trimmed) return [...history];
  const rest = history.filter((entry) => entry.text !== trimmed);
  return [{ text: trimmed, at }, ...rest].slice(0, maxHistory);
}

/** The saved searches with `search` added, or replacing the one with the same id. */
export function upsertSaved(saved: readonly SavedSearch[], search: SavedSearch): SavedSearch[] {
  const index = saved.findIndex((s) => s.id === search.id);
  if (index < 0) return [...saved, search];
  return saved.map((s, i) => (i === index ? search : s));
}
