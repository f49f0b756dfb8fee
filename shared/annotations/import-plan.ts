/**
 * Matching imported annotations to the library: the article (by Parallax id, else by web address),
 * the codes (by id, else by name, case-insensitively) and the passage (re-anchored in the
 * article's current body). Pure: the caller supplies look-ups and stores the result.
 *
 * Per item: an unknown article, an unknown code, or a passage nothing in the text resembles is a
 * problem and the item is skipped; a passage found only approximately, below the anchoring
 * threshold, is kept as an orphan for the user to review (at the closest place found).
 */
import { reanchor } from './anchor.ts';
import type { ImportedAnnotation, ImportProblem } from './exchange-types.ts';
import { describeSpan } from './selectors.ts';
import type { TextQuoteSelector } from './selectors.ts';

export interface ImportArticle {
  id: string;
  body: string;
}

export interface ImportContext {
  /** The article with this Parallax id, or null. */
  articleById(id: string): ImportArticle | null;
  /** The article with this web address, or null. */
  articleByUrl(url: string): ImportArticle | null;
  /** Codes that may be applied (retired ones left out by the caller if unwanted). */
  codes: readonly { id: string; name: string }[];
}

export interface PlannedAnnotation {
  item: string;
  articleId: string;
  start: number;
  end: number;
  /** The quote at the place in the current body (an orphan keeps the imported one). */
  quote: TextQuoteSelector;
  codeIds: string[];
  note: string;
  coder: string | null;
  createdAt: string | null;
  status: 'anchored' | 'orphan';
  confidence: number;
}

export interface ImportPlan {
  ready: PlannedAnnotation[];
  problems: ImportProblem[];
}

/** Resolves every imported item against the library; see the module comment for the rules. */
export function planImport(
  items: readonly ImportedAnnotation[],
  context: ImportContext,
): ImportPlan {
  const byId = new Map(context.codes.map((c) => [c.id, c.id]));
  const byName = new Map<string, string>();
  const byFoldedName = new Map<string, string>();
  for (const c of context.codes) {
    if (!byName.has(c.name)) byName.set(c.name, c.id);
    const folded = c.name.trim().toLowerCase();
    if (!byFoldedName.has(folded)) byFoldedName.set(folded, c.id);
  }
  const ready: PlannedAnnotation[] = [];
  const problems: ImportProblem[] = [];
  for (const it of items) {
    const article =
      (it.articleId !== null ? context.articleById(it.articleId) : null) ??
      (it.url !== null ? context.articleByUrl(it.url) : null);
    if (article === null) {
      const which = it.articleId ?? it.url ?? 'unknown';
      problems.push({ item: it.item, reason: `no such article in the library (${which})` });
      continue;
    }
    const codeIds: string[] = [];
    const unknown: string[] = [];
    for (const code of it.codes) {
      const id =
        (code.id !== null ? byId.get(code.id) : undefined) ??
        byName.get(code.name) ??
        byFoldedName.get(code.name.trim().toLowerCase());
      if (id === undefined) unknown.push(code.name);
      else if (!codeIds.includes(id)) codeIds.push(id);
    }
    if (unknown.length > 0) {
      problems.push({ item: it.item, reason: `unknown code(s): ${unknown.join(', ')}` });
      continue;
    }
    const result = reanchor(article.body, {
      quote: it.quote,
      ...(it.position !== null ? { position: it.position } : {}),
    });
    let start: number;
    let end: number;
    let status: 'anchored' | 'orphan';
    let confidence: number;
    if (result.status === 'anchored') {
      ({ start, end, confidence } = result);
      status = 'anchored';
    } else if (result.best !== null) {
      ({ start, end, confidence } = result.best);
      status = 'orphan';
    } else {
      problems.push({
        item: it.item,
        reason: `the quoted passage was not found in the article (${result.reason})`,
      });
      continue;
    }
    ready.push({
      item: it.item,
      articleId: article.id,
      start,
      end,
      // An orphan keeps the quote it came with: that is what the user reviews it against.
      quote: status === 'anchored' ? describeSpan(article.body, start, end).quote : it.quote,
      codeIds,
      note: it.note,
      coder: it.coder,
      createdAt: it.createdAt,
      status,
      confidence,
    });
  }
  return { ready, problems };
}
