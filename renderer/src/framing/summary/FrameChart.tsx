import type { ArticleFramingSummary } from '../../../../shared/api/framing-report-methods.ts';

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * An article's frame profile: 15 bars, one per Media Frames Corpus dimension in codebook order
 * (so columns compare at a glance), the leading one in the accent colour, and the top three named.
 */
export function FrameChart({ summary }: { summary: ArticleFramingSummary }) {
  const top = [...summary.frames]
    .filter((f) => f.hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 3);
  if (top.length === 0) return <p className="fs-empty">No frame keywords</p>;
  const max = Math.max(...summary.frames.map((f) => f.share));
  return (
    <figure className="fs-frames" data-testid="frame-chart">
      <div
        className="fs-frames__bars"
        role="img"
        aria-label={`Frame profile: ${top.map((f) => `${f.label} ${pct(f.share)}`).join(', ')}`}
      >
        {summary.frames.map((frame) => (
          <span
            key={frame.dimension}
            className={`fs-frames__bar${frame.dimension === summary.leadingFrame ? ' fs-frames__bar--lead' : ''}`}
            title={`${frame.label}: ${pct(frame.share)} of frame keyword hits`}
          >
            <span style={{ height: `${max > 0 ? (frame.share / max) * 100 : 0}%` }} />
          </span>
        ))}
      </div>
      <figcaption>
        <ol className="fs-frames__top">
          {top.map((frame) => (
            <li key={frame.dimension}>
              <span>{frame.label}</span>
              <span className="tabular">{pct(frame.share)}</span>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
