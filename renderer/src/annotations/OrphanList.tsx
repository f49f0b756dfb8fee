import { useAnnotationsInView } from './annotation-context.ts';
import { annotationLabel } from './runs.ts';

/**
 * The view's article's annotations that lost their place when the text changed: not drawn in the
 * text (never re-attached to a look-alike), listed here to re-attach or delete.
 */
export function OrphanList() {
  const scope = useAnnotationsInView();
  const article = scope?.articleId;
  const orphans = (article ? scope.byArticle.get(article) : undefined)?.filter(
    (row) => row.status === 'orphan',
  );
  if (!scope || !orphans || orphans.length === 0) return null;
  return (
    <section className="anno-orphans" aria-label="Annotations to review">
      <h2 className="anno-orphans__title">
        {orphans.length === 1
          ? '1 annotation lost its place'
          : `${orphans.length} annotations lost their place`}
      </h2>
      <p className="anno-orphans__hint">
        The text changed and these passages could not be found with confidence. Re-attach each to
        the right words, or delete it.
      </p>
      <ul className="anno-orphans__list">
        {orphans.map((row) => (
          <li key={row.id} className="anno-orphans__item">
            <blockquote className="anno-orphans__quote">{row.quote.exact}</blockquote>
            <p className="anno-orphans__meta">
              {annotationLabel(row, scope.codes) || 'no code'} · {row.coder}
              {row.note ? ` · ${row.note}` : ''}
            </p>
            <div className="anno-orphans__actions">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-pressed={scope.reattaching?.id === row.id}
                onClick={() => scope.startReattach(scope.reattaching?.id === row.id ? null : row)}
              >
                {scope.reattaching?.id === row.id ? 'Select the new place…' : 'Re-attach'}
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => scope.remove(row)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
