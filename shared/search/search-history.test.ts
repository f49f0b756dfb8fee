import { describe, expect, it } from 'vitest';
import { maxHistory, recordQuery, upsertSaved, type SavedSearch } from './search-history.ts';

describe('recordQuery', () => {
  it('puts the newest query first and moves a repeated one to the top', () => {
    let history = recordQuery([], 'third country', 't1');
    history = recordQuery(history, 'коллективную безопасность', 't2');
    history = recordQuery(history, '  third country ', 't3');
    expect(history).toEqual([
      { text: 'third country', at: 't3' },
      { text: 'коллективную безопасность', at: 't2' },
    ]);
  });

  it('ignores blank queries and keeps at most the maximum', () => {
    expect(recordQuery([], '   ', 't')).toEqual([]);
    let history = recordQuery([], 'q0', 't');
    for (let i = 1; i <= maxHistory + 5; i += 1) history = recordQuery(history, `q${i}`, 't');
    expect(history).toHaveLength(maxHistory);
    expect(history[0]?.text).toBe(`q${maxHistory + 5}`);
  });
});

describe('upsertSaved', () => {
  const search = (id: string, name: string): SavedSearch => ({
    id,
    name,
    query: { text: 'third country', limit: 20, perArticle: 3 },
    savedAt: 't',
  });

  it('adds a new saved search and replaces one with the same id', () => {
    const saved = upsertSaved(upsertSaved([], search('a', 'One')), search('b', 'Two'));
    expect(upsertSaved(saved, search('a', 'Renamed')).map((s) => s.name)).toEqual([
      'Renamed',
      'Two',
    ]);
  });
});
