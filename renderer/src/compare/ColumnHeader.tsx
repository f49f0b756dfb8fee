import type { ArticleRecord, OutletInfo } from '../../../shared/api/schemas.ts';
import { matchOutlet } from '../../../shared/compare/outlet-match.ts';
import { formatCount, formatPublished, languageName } from '../ui/format.ts';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { CueCounts } from '../framing/CueCounts.tsx';

interface ColumnHeaderProps {
  article: ArticleRecord;
  outlets: readonly OutletInfo[];
  /** The article's shown framing cues, counted per kind. */
  cues?: readonly FramingCue[] | undefined;
  isPivot: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMakePivot: () => void;
  onMove: (step: -1 | 1) => void;
  onOpen: () => void;
}

/** Who said it, from where and for whom: outlet, country, affiliation, then title and date. */
export function ColumnHeader({
  article,
  outlets,
  cues,
  isPivot,
  isFirst,
  isLast,
  onMakePivot,
  onMove,
  onOpen,
}: ColumnHeaderProps) {
  const outlet = matchOutlet(article.outlet, outlets);
  const name = article.outlet ?? 'Unknown outlet';
  const facts = outlet
    ? [outlet.country ?? 'international', outlet.affiliation ?? 'affiliation unknown']
    : [article.outlet ? 'unknown outlet: not in the registry' : 'outlet not detected'];
  return (
    <div
      role="columnheader"
      className={`compare-head${isPivot ? ' compare-head--pivot' : ''}`}
      aria-label={`${name}: ${article.title}`}
    >
      <div className="compare-head__top">
        <span className={`compare-head__outlet${article.outlet ? '' : ' muted'}`}>{name}</span>
        {isPivot ? <span className="pivot-badge">Pivot</span> : null}
        <span className="compare-head__tools">
          {isPivot ? null : (
            <button
              type="button"
              className="mini-button"
              title="Order the rows by this article"
              onClick={onMakePivot}
            >
              Make pivot
            </button>
          )}
          <button
            type="button"
            className="mini-button"
            aria-label={`Move ${name} left`}
            title="Move left"
            disabled={isFirst}
            onClick={() => onMove(-1)}
          >
            ←
          </button>
          <button
            type="button"
            className="mini-button"
            aria-label={`Move ${name} right`}
            title="Move right"
            disabled={isLast}
            onClick={() => onMove(1)}
          >
            →
          </button>
        </span>
      </div>
      <p className="compare-head__facts">{facts.join(' · ')}</p>
      <button
        type="button"
        className="compare-head__title"
        lang={article.language ?? undefined}
        title="Open in the reader"
        onClick={onOpen}
      >
        {article.title || 'Untitled'}
      </button>
      <p className="compare-head__meta tabular">
        {formatPublished(article.published, 'short')} · {languageName(article.language)} ·{' '}
        {formatCount(article.wordCount)} words
      </p>
      {cues ? <CueCounts cues={cues} /> : null}
    </div>
  );
}
