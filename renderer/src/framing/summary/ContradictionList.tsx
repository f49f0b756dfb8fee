import type {
  ArticleFramingSummary,
  ContradictionPair,
} from '../../../../shared/api/framing-report-methods.ts';

interface ContradictionListProps {
  contradictions: readonly ContradictionPair[];
  articles: readonly ArticleFramingSummary[];
  /** Scrolls the compare grid to the row holding this passage; no button when omitted. */
  onShowPassage?: (articleId: string, passageIndex: number) => void;
}

function Side({
  side,
  article,
  onShowPassage,
}: {
  side: ContradictionPair['a'];
  article: ArticleFramingSummary | undefined;
  onShowPassage?: ContradictionListProps['onShowPassage'];
}) {
  const at = side.passage.indexOf(side.text);
  const from = at < 0 ? 0 : at;
  const to = at < 0 ? 0 : at + side.text.length;
  return (
    <div className="fs-contra__side">
      <p className="fs-contra__outlet">
        {article?.outlet ?? 'Unknown outlet'}
        {onShowPassage ? (
          <button
            type="button"
            className="link-button fs-contra__show"
            aria-label={`Show this ${article?.outlet ?? ''} passage in the grid`}
            onClick={() => onShowPassage(side.articleId, side.passageIndex)}
          >
            Show in grid
          </button>
        ) : null}
      </p>
      <p className="fs-contra__text" lang={article?.language ?? undefined}>
        {side.passage.slice(0, from)}
        <mark className="fs-contra__hit">{side.passage.slice(from, to)}</mark>
        {side.passage.slice(to)}
      </p>
    </div>
  );
}

/** Pairs of aligned passages that disagree, each with its kind and why. */
export function ContradictionList({
  contradictions,
  articles,
  onShowPassage,
}: ContradictionListProps) {
  const byId = new Map(articles.map((a) => [a.articleId, a]));
  if (contradictions.length === 0) {
    return <p className="fs-empty">No contradiction found between aligned passages.</p>;
  }
  return (
    <ol className="fs-contra" aria-label="Contradictions">
      {contradictions.map((c) => (
        <li key={`${c.a.articleId}:${c.a.start}:${c.b.articleId}:${c.b.start}:${c.kind}`}>
          <p className="fs-contra__why">
            <span className="fs-contra__kind">{c.kind}</span>
            {c.why}
          </p>
          <div className="fs-contra__pair">
            <Side side={c.a} article={byId.get(c.a.articleId)} onShowPassage={onShowPassage} />
            <Side side={c.b} article={byId.get(c.b.articleId)} onShowPassage={onShowPassage} />
          </div>
        </li>
      ))}
    </ol>
  );
}
