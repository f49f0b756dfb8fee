import { describe, expect, it } from 'vitest';
import { openDatabase, setSetting } from '../db/database.ts';
import {
  addToHistory,
  clearHistory,
  deleteSavedSearch,
  listHistory,
  listSavedSearches,
  saveSearch,
} from './search-history-store.ts';

describe('search history store', () => {
  it('keeps the history across connections, newest first', () => {
    const db = openDatabase(':memory:');
    addToHistory(db, 'third country', '2026-01-01T10:00:00Z');
    addToHistory(db, 'Мы усилили', '2026-01-01T10:01:00Z');
    expect(listHistory(db).map((h) => h.text)).toEqual(['Мы усилили', 'third country']);
    clearHistory(db);
    expect(listHistory(db)).toEqual([]);
    db.close();
  });

  it('reads a damaged value as an empty list', () => {
    const db = openDatabase(':memory:');
    setSetting(db, 'search.history', '{not json');
    expect(listHistory(db)).toEqual([]);
    setSetting(db, 'search.saved', '[{"id": 1}]');
    expect(listSavedSearches(db)).toEqual([]);
    db.close();
  });

  it('saves, renames and deletes saved searches', () => {
    const db = openDatabase(':memory:');
    const query = { text: 'third country', outlets: ['CGTN'], limit: 20, perArticle: 3 };
    saveSearch(db, { id: 's1', name: 'Third country', query, savedAt: 't' });
    saveSearch(db, { id: 's1', name: 'Renamed', query, savedAt: 't' });
    expect(listSavedSearches(db).map((s) => s.name)).toEqual(['Renamed']);
    expect(deleteSavedSearch(db, 's1')).toBe(true);
    expect(deleteSavedSearch(db, 's1')).toBe(false);
    expect(listSavedSearches(db)).toEqual([]);
    db.close();
  });
});
