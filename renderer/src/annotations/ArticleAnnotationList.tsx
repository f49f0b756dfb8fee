import { useState, type CSSProperties } from 'react';
import { useAnnotationsInView } from './annotation-context.ts';
import { annotationColor, annotationLabel } from './runs.ts';

/** Scrolls to a coded passage's first highlight and flashes it. */
function showPassage(id: string): void {
  const mark = document.querySelector<HTMLElement>(
    `mark[data-annotation-ids~="${CSS.escape(id)}"]`,
  );
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.classList.remove('anno--flash');
  // Restart the animation when the same passage is shown twice.
  void mark.offsetWidth;
  mark.classList.add('anno--flash');
  mark.focus({ preventScroll: true });
}

/**
 * The article's coded passages in text order, behind a toggle: each one jumps to its highlight or
 * opens for editing. Orphans are listed separately, under the text.
 */
export function ArticleAnnotationList() {
  const scope = useAnnotationsInView();
  const [isOpen, setIsOpen] = useState(false);
  const article = scope?.articleId;
  const rows = (article ? scope.byArticle.get(article) : undefined)
    ?.filter((row) => row.status === 'anchored')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (!scope || !rows || rows.length === 0) return null;
  return (
    <section className="anno-list" aria-label="Coded passages in this article">
      <button
        type="button"
        className="button button--ghost button--small anno-list__toggle"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
      >
        {isOpen ? '▾' : '▸'} {rows.length} coded {rows.length === 1 ? 'passage' : 'passages'}
      </button>
      {isOpen ? (
        <ol className="anno-list__items">
          {rows.map((row) => (
            <li
              key={row.id}
              className="anno-list__item"
              style={{ '--anno-color': annotationColor(row, scope.codes) } as CSSProperties}
            >
              <button
                type="button"
                className="anno-list__quote"
                title="Show in the text"
                onClick={() => showPassage(row.id)}
              >
                {row.quote.exact.length > 140
                  ? `${row.quote.exact.slice(0, 137)}…`
                  : row.quote.exact}
              </button>
              <span className="anno-list__meta">
                {annotationLabel(row, scope.codes) || 'no code'} · {row.coder}
                {row.note ? ` · ${row.note}` : ''}
              </span>
              <button
                type="button"
                className="link-button anno-list__edit"
                aria-label={`Edit “${row.quote.exact.slice(0, 40)}”`}
                onClick={(event) => scope.edit(row, event.currentTarget)}
              >
                Edit
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
