/**
 * The user's correction of an article's clean body: a new version (origin 'edit'), passages cut
 * again from the new body, search indexes refreshed, annotations re-anchored.
 */
import { ApiFailure } from '../../../shared/api/envelope.ts';
import { transaction, type Database } from '../db/database.ts';
import { hashContent } from '../import-files.ts';
import { drainSearchQueue } from '../search/search-index.ts';
import {
  addVersion,
  articleLanguage,
  cutEditedBody,
  getVersion,
  listVersions,
  normalizeEditedBody,
} from './versions.ts';

export interface EditResult {
  /** False when the text was the same as the current one (no new version). */
  changed: boolean;
  version: number;
  reanchored: number;
  orphaned: number;
}

export function editArticleText(db: Database, id: string, text: string, now: Date): EditResult {
  const body = normalizeEditedBody(text);
  if (body === '') throw new ApiFailure('invalid_input', 'the text is empty');
  const result = transaction(db, (): EditResult => {
    const [current] = listVersions(db, id);
    const version = current?.version ?? 1;
    if (getVersion(db, id, version).body === body) {
      const counts = db
        .prepare(
          `SELECT count(*) FILTER (WHERE status = 'anchored') AS anchored,
             count(*) FILTER (WHERE status = 'orphan') AS orphans
           FROM annotations WHERE article_id = ?`,
        )
        .get(id) as { anchored: number; orphans: number };
      return { changed: false, version, reanchored: counts.anchored, orphaned: counts.orphans };
    }
    const { bodySpans, passages } = cutEditedBody(body, articleLanguage(db, id));
    const added = addVersion(
      db,
      id,
      { body, bodySpans, passages, contentHash: hashContent({ body }) },
      'edit',
      now,
    );
    return {
      changed: true,
      version: added.version,
      reanchored: added.reanchored,
      orphaned: added.orphaned,
    };
  });
  // The new passages wait in the search queue; index them now so search finds the new words.
  if (result.changed) drainSearchQueue(db);
  return result;
}
