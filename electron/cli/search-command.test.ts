import { describe, expect, it } from 'vitest';
import { openDatabase } from '../backend/db/database.ts';
import { insertArticles } from '../../tests/support/search-articles.ts';
import { runSearch, toCliHit } from './search-command.ts';

describe('runSearch', () => {
  it('returns hits best first, one per article, in the CLI shape', () => {
    const db = openDatabase(':memory:');
    const [first, second] = insertArticles(db, [
      { title: 'A', paragraphs: ['The exercises were not aimed against any third country.'] },
      { title: 'B', paragraphs: ['Not aimed against any other country, he said.', 'Not aimed.'] },
    ]);
    const hits = runSearch(db, 'not aimed against any third contry', 10);
    expect(hits.map((h) => h.article)).toEqual([first, second]);
    expect(toCliHit(hits[0]!)).toEqual({
      article: first,
      start: 19,
      end: 54,
      text: 'The exercises were not aimed against any third country.',
      score: hits[0]?.score,
    });
    expect(runSearch(db, 'not aimed against any third contry', 1)).toHaveLength(1);
    db.close();
  });
});
