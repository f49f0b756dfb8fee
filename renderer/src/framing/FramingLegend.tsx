import { cueKindHints, cueKindLabels } from '../../../shared/framing-view/cue-labels.ts';
import {
  countByKind,
  cueKinds,
  type CueKind,
  type FramingCue,
} from '../../../shared/framing-view/segment-runs.ts';

interface FramingLegendProps {
  /** Every cue on screen, shown or not, for the counts. */
  cues: readonly FramingCue[];
  isShown: (kind: CueKind) => boolean;
  onToggle: (kind: CueKind) => void;
  /** True while the cues are still being computed. */
  isLoading?: boolean;
}

/** One toggle per cue kind, with a sample of its mark and how many cues of it are on screen. */
export function FramingLegend({ cues, isShown, onToggle, isLoading = false }: FramingLegendProps) {
  const counts = countByKind(cues);
  return (
    <div className="framing-legend" role="group" aria-label="Framing highlights" lang="en">
      <span className="framing-legend__title">Framing</span>
      {cueKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="framing-toggle"
          aria-pressed={isShown(kind)}
          data-kind={kind}
          title={cueKindHints[kind]}
          onClick={() => onToggle(kind)}
        >
          <span className={`cue-swatch cue-swatch--${kind}`} aria-hidden="true">
            Aa
          </span>
          <span>{cueKindLabels[kind]}</span>
          <span className="framing-toggle__count tabular">{isLoading ? '…' : counts[kind]}</span>
        </button>
      ))}
    </div>
  );
}
