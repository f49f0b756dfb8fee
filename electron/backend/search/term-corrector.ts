/**
 * Corrects a misspelt query word against the library's own vocabulary, read from the FTS5 index
 * through an `fts5vocab` table on this connection. Used only when a quote's intact words and pairs
 * are all common, so its one rare word (a name, a figure) carries the whole search and that word is
 * the one the user mistyped.
 *
 * The look-up is a range scan of the terms sharing the word's first three letters, so a typo in
 * those three letters is not corrected; the scan is capped, since a range of common terms costs a
 * read of each term's postings.
 */
import type { Database } from '../db/database.ts';
import { boundedDistance, wordEditBudget } from '../../../shared/search/edit-distance.ts';

const prefixLength = 3;
const maxTermsScanned = 400;
/** Words shorter than this are not corrected: too many real words lie one edit away. */
const minWordLength = 5;

/** Corrects one misspelt word against the vocabulary of the library. */
export interface TermCorrector {
  /** The closest vocabulary term within the word's edit budget, or null. */
  correct(word: string): string | null;
}

/** Mirrors the index's `remove_diacritics 2` folding, so prefixes compare with its terms. */
function foldLikeIndex(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Creates a corrector on this connection (it adds a temp `fts5vocab` table). */
export function createTermCorrector(db: Database): TermCorrector {
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, passages_fts, 'row')",
  );
  const range = db.prepare(
    'SELECT term FROM temp.search_vocab WHERE term >= ? AND term < ? LIMIT ?',
  );
  return {
    correct(word) {
      if (word.length < minWordLength) return null;
      const folded = foldLikeIndex(word);
      const prefix = folded.slice(0, prefixLength);
      const next =
        prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
      const budget = wordEditBudget(folded.length);
      let best: string | null = null;
      let bestDistance = budget + 1;
      for (const row of range.all(prefix, next, maxTermsScanned) as { term: string }[]) {
        const distance = boundedDistance(folded, row.term, Math.min(budget, bestDistance - 1));
        if (distance < bestDistance && distance > 0) {
          best = row.term;
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}
