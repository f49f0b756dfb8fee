import { cueKindLabels } from '../../../shared/framing-view/cue-labels.ts';
import {
  countByKind,
  cueKinds,
  type FramingCue,
} from '../../../shared/framing-view/segment-runs.ts';

interface CueCountsProps {
  /** One article's shown cues. */
  cues: readonly FramingCue[];
}

/** A compact count per cue kind (kinds without cues left out), for a column or article header. */
export function CueCounts({ cues }: CueCountsProps) {
  const counts = countByKind(cues);
  const present = cueKinds.filter((kind) => counts[kind] > 0);
  if (present.length === 0) return null;
  return (
    <ul className="cue-counts" aria-label="Framing cues by kind" lang="en">
      {present.map((kind) => (
        <li
          key={kind}
          className="cue-count"
          data-kind={kind}
          title={`${cueKindLabels[kind]}: ${counts[kind]}`}
        >
          <span className={`cue-swatch cue-swatch--${kind}`} aria-hidden="true">
            Aa
          </span>
          <span className="visually-hidden">{cueKindLabels[kind]}: </span>
          <span className="tabular">{counts[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
