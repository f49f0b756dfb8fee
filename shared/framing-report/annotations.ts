/**
 * Annotations as the report shows them: the contract's annotation rows (`annotations.list`) with
 * their codes' names and colours looked up in the codebooks (`codebooks.list`). Orphans (whose
 * text no longer fits their place) are listed but not marked in the text.
 */
import type { Annotation, Code } from '../api/annotation-methods.ts';
import type { ReportAnnotation } from './report-html.ts';

/** Report annotations from annotation rows and every known code; unknown code ids are dropped. */
export function toReportAnnotations(
  annotations: readonly Annotation[],
  codes: readonly Code[],
): ReportAnnotation[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return annotations.map((a) => ({
    id: a.id,
    articleId: a.articleId,
    // An orphan keeps its last known offsets, which may point at other words now.
    start: a.status === 'anchored' ? a.start : 0,
    end: a.status === 'anchored' ? a.end : 0,
    quote: a.quote.exact,
    codes: a.codeIds.flatMap((id) => {
      const code = byId.get(id);
      return code ? [{ name: code.name, color: code.color }] : [];
    }),
    note: a.note,
    coder: a.coder,
    color: a.color,
  }));
}
