import { useCallback, useMemo, useState } from 'react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { reanchor } from '../../../shared/annotations/anchor.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import type { PassageTarget } from '../reader/passage-target.ts';
import { useAsync } from '../ui/useAsync.ts';

interface OrphanReviewProps {
  row: AnnotationRow;
  onDone: () => void;
  onDelete: () => void;
  onOpenArticle: (articleId: string, target?: PassageTarget) => void;
}

/**
 * An orphan next to the best look-alike in the article's current text: the user decides whether
 * it is the same passage (attach), picks the place in the reader, or deletes it. Nothing is
 * re-attached without that decision.
 */
export function OrphanReview({ row, onDone, onDelete, onOpenArticle }: OrphanReviewProps) {
  const api = useApi();
  const article = useAsync(
    useCallback(() => api.call('articles.get', { id: row.articleId }), [api, row.articleId]),
  );
  const [error, setError] = useState<string | null>(null);
  const body = article.data?.body;
  const best = useMemo(() => {
    if (body === undefined) return null;
    const result = reanchor(body, {
      quote: row.quote,
      position: { type: 'TextPositionSelector', start: row.start, end: row.end },
    });
    const candidate = result.status === 'anchored' ? result : result.best;
    if (!candidate) return null;
    return {
      start: candidate.start,
      end: candidate.end,
      confidence: candidate.confidence,
      text: body.slice(candidate.start, candidate.end),
      before: body.slice(Math.max(0, candidate.start - 40), candidate.start),
      after: body.slice(candidate.end, candidate.end + 40),
    };
  }, [body, row.quote, row.start, row.end]);

  const attach = async () => {
    if (!best) return;
    try {
      await api.call('annotations.update', {
        id: row.id,
        span: { start: best.start, end: best.end },
      });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="orphan-review">
      <div className="orphan-review__side">
        <p className="orphan-review__label">Stored passage</p>
        <p className="orphan-review__text">
          <span className="muted">…{row.quote.prefix}</span>
          <mark className="orphan-review__exact">{row.quote.exact}</mark>
          <span className="muted">{row.quote.suffix}…</span>
        </p>
      </div>
      <div className="orphan-review__side">
        <p className="orphan-review__label">
          Best candidate in the current text
          {best ? (
            <span className="muted"> · {Math.round(best.confidence * 100)}% alike</span>
          ) : null}
        </p>
        {article.isLoading && !body ? <p className="muted">Looking…</p> : null}
        {body !== undefined && !best ? (
          <p className="muted">Nothing in the current text looks like it.</p>
        ) : null}
        {best ? (
          <p className="orphan-review__text">
            <span className="muted">…{best.before}</span>
            <mark className="orphan-review__candidate">{best.text}</mark>
            <span className="muted">{best.after}…</span>
          </p>
        ) : null}
      </div>
      <div className="orphan-review__actions">
        {best ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void attach()}
          >
            Attach to this candidate
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            onOpenArticle(row.articleId, {
              passageStart: best?.start ?? row.start,
              passageEnd: best?.end ?? row.end,
              start: best?.start ?? row.start,
              end: best?.start ?? row.start,
            })
          }
        >
          Choose the place in the reader
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDelete}>
          Delete
        </button>
        {error ? (
          <span className="anno-io__error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  );
}
