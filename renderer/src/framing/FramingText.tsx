import { Fragment, useMemo } from 'react';
import { cueTooltip } from '../../../shared/framing-view/cue-labels.ts';
import {
  nestRuns,
  segmentRuns,
  type CueNode,
  type FramingCue,
} from '../../../shared/framing-view/segment-runs.ts';

interface FramingTextProps {
  /** A stretch of the clean body: `body.slice(start, start + text.length)`. */
  text: string;
  start: number;
  /** The article's shown cues (frame cues are tags, not highlights, and are skipped here). */
  cues: readonly FramingCue[];
}

/**
 * Text with framing highlights: one span per cue (nested cues nest), classed by kind and titled
 * with what each covering cue is and why. Imported text is untrusted: it is only ever rendered as text.
 */
export function FramingText({ text, start, cues }: FramingTextProps) {
  const nodes = useMemo(
    () =>
      nestRuns(
        segmentRuns(
          text,
          start,
          cues.filter((cue) => cue.kind !== 'frame'),
        ),
      ),
    [text, start, cues],
  );
  return <CueNodes nodes={nodes} outer={[]} />;
}

function CueNodes({ nodes, outer }: { nodes: CueNode[]; outer: readonly FramingCue[] }) {
  return (
    <>
      {nodes.map((node) => {
        if (node.type === 'text') return <Fragment key={node.start}>{node.text}</Fragment>;
        // The browser shows the innermost title only, so it names the outer cues as well.
        const covering = [...outer, node.cue];
        return (
          <span
            key={`${node.start}-${node.cue.kind}`}
            className={`cue cue--${node.cue.kind}`}
            data-cue-kind={node.cue.kind}
            title={covering.map(cueTooltip).join('\n')}
          >
            <CueNodes nodes={node.children} outer={covering} />
          </span>
        );
      })}
    </>
  );
}
