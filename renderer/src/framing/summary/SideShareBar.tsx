import type { ArticleFramingSummary } from '../../../../shared/api/framing-report-methods.ts';
import { speakerSideColour } from '../../../../shared/framing-report/labels.ts';
import { formatCount } from '../../ui/format.ts';

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Quoted words by side: one stacked bar and a key with each side's share and words. */
export function SideShareBar({ summary }: { summary: ArticleFramingSummary }) {
  if (summary.quotedWords === 0) {
    return <p className="fs-empty">No attributed quotes</p>;
  }
  const description = summary.wordsBySide
    .map((side) => `${side.label} ${pct(side.share)}`)
    .join(', ');
  return (
    <div className="fs-shares" data-testid="side-shares">
      <div
        className="fs-shares__bar"
        role="img"
        aria-label={`Quoted words by side: ${description}`}
      >
        {summary.wordsBySide.map((side) => (
          <span
            key={side.side}
            title={`${side.label}: ${pct(side.share)} (${formatCount(side.words)} words)`}
            style={{ width: `${side.share * 100}%`, background: speakerSideColour(side.side) }}
          />
        ))}
      </div>
      <ul className="fs-shares__key">
        {summary.wordsBySide.map((side) => (
          <li key={side.side}>
            <span
              className="fs-dot"
              style={{ background: speakerSideColour(side.side) }}
              aria-hidden="true"
            />
            <span className="fs-shares__label">{side.label}</span>
            <span className="fs-shares__pct tabular">{pct(side.share)}</span>
            <span className="fs-shares__words tabular muted">{formatCount(side.words)} w</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
