import { cueKindHints, frameDimension } from '../../../shared/framing-view/cue-labels.ts';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';

interface FrameTagsProps {
  /** The frame cues that start in this paragraph or passage. */
  cues: readonly FramingCue[];
}

/** A paragraph's leading frame dimensions as small tags, instead of painting the whole passage. */
export function FrameTags({ cues }: FrameTagsProps) {
  const frames = cues.filter((cue) => cue.kind === 'frame');
  if (frames.length === 0) return null;
  const dimensions = [...new Set(frames.map((cue) => frameDimension(cue.detail)))];
  return (
    <span className="frame-tags" lang="en">
      {dimensions.map((dimension) => (
        <span
          key={dimension}
          className="frame-tag"
          data-testid="frame-tag"
          title={`Frame — ${dimension}. ${cueKindHints.frame}\n${frames
            .filter((cue) => frameDimension(cue.detail) === dimension)
            .map((cue) => cue.detail)
            .join('\n')}`}
        >
          {dimension}
        </span>
      ))}
    </span>
  );
}
