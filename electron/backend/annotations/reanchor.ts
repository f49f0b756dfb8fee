/**
 * Re-anchors an article's annotations after its text changed, with the pure matcher in
 * shared/annotations. An anchored annotation gets selectors describing its new place; one that
 * cannot be placed with confidence becomes an orphan and keeps its quote.
 */
import { describeSpan, reanchorAll } from '../../../shared/annotations/index.ts';
import type { Database } from '../db/database.ts';

export interface ReanchorOutcome {
  id: string;
  status: 'anchored' | 'orphan';
  confidence: number;
}

interface StoredAnchor {
  id: string;
  article_version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: 'anchored' | 'orphan';
}

export function reanchorAnnotations(
  db: Database,
  articleId: string,
  oldBody: string,
  newBody: string,
  version: number,
  _now: Date,
): ReanchorOutcome[] {
  const stored = db
    .prepare(
      `SELECT id, article_version, start, end, exact, prefix, suffix, status FROM annotations
       WHERE article_id = ? ORDER BY start`,
    )
    .all(articleId) as unknown as StoredAnchor[];
  if (stored.length === 0) return [];
  const results = reanchorAll(
    oldBody,
    newBody,
    stored.map((a) => ({
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
      },
      // An orphan's offsets point into an older text: only its quote can help.
      ...(a.status === 'anchored'
        ? { position: { type: 'TextPositionSelector' as const, start: a.start, end: a.end } }
        : {}),
    })),
  );
  const anchor = db.prepare(
    `UPDATE annotations SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?,
       article_version = ?, status = 'anchored', confidence = ? WHERE id = ?`,
  );
  // An orphan keeps its quote (what the user reviews it against). Its offsets move to the
  // closest look-alike in the new text when there is one (a hint, never drawn as a highlight),
  // else they stay at the last known place in the version they refer to.
  const orphanNear = db.prepare(
    `UPDATE annotations SET status = 'orphan', confidence = ?, start = ?, end = ?,
       article_version = ? WHERE id = ?`,
  );
  const orphan = db.prepare(
    "UPDATE annotations SET status = 'orphan', confidence = 0 WHERE id = ?",
  );
  return stored.map((a, i) => {
    const result = results[i];
    const quote = result?.status === 'anchored' ? selectorsAt(newBody, result) : null;
    if (result?.status === 'anchored' && quote) {
      const confidence = clamp(result.confidence);
      anchor.run(
        result.start,
        result.end,
        quote.exact,
        quote.prefix,
        quote.suffix,
        version,
        confidence,
        a.id,
      );
      return { id: a.id, status: 'anchored', confidence };
    }
    const best = result?.status === 'orphan' ? result.best : null;
    if (best && best.end > best.start) {
      const confidence = clamp(best.confidence);
      orphanNear.run(confidence, best.start, best.end, version, a.id);
      return { id: a.id, status: 'orphan', confidence };
    }
    orphan.run(a.id);
    return { id: a.id, status: 'orphan', confidence: 0 };
  });
}

/** The quote selector of a found span; null if the span is unusable (then it is an orphan). */
function selectorsAt(body: string, span: { start: number; end: number }) {
  try {
    return describeSpan(body, span.start, span.end).quote;
  } catch {
    return null;
  }
}

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));
