import {
  Fragment,
  useCallback,
  useMemo,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  nestRuns,
  segmentRuns,
  type CueNode,
  type FramingCue,
} from '../../../shared/framing-view/segment-runs.ts';
import { CueTooltip, type TooltipAnchor } from './CueTooltip.tsx';
import { moveCueFocus } from './cue-focus.ts';

interface FramingTextProps {
  /** A stretch of the clean body: `body.slice(start, start + text.length)`. */
  text: string;
  start: number;
  /** The article's shown cues (frame cues are tags, not highlights, and are skipped here). */
  cues: readonly FramingCue[];
}

interface Layout {
  nodes: CueNode[];
  /** Per cue span, in document order: the cues covering it, outermost first. */
  chains: FramingCue[][];
  indexOf: Map<CueNode, number>;
}

function layoutOf(nodes: CueNode[]): Layout {
  const chains: FramingCue[][] = [];
  const indexOf = new Map<CueNode, number>();
  const walk = (list: CueNode[], outer: FramingCue[]) => {
    for (const node of list) {
      if (node.type !== 'cue') continue;
      const chain = [...outer, node.cue];
      indexOf.set(node, chains.length);
      chains.push(chain);
      walk(node.children, chain);
    }
  };
  walk(nodes, []);
  return { nodes, chains, indexOf };
}

const indexOfSpan = (element: Element | null): number => {
  const raw = element?.closest<HTMLElement>('[data-cue-index]')?.dataset.cueIndex;
  return raw === undefined ? -1 : Number(raw);
};

/**
 * Text with framing highlights: one span per cue (nested cues nest), classed by kind. Each span
 * explains itself in a tooltip on hover and on keyboard focus (one tab stop per stretch of text,
 * arrow keys between its cues, Esc closes, Enter reaches the tooltip's actions). Only the stretch
 * with an open tooltip renders one, so a long article costs no more than its spans. Imported text
 * is untrusted: it is only ever rendered as text.
 */
export function FramingText({ text, start, cues }: FramingTextProps) {
  const layout = useMemo(
    () =>
      layoutOf(
        nestRuns(
          segmentRuns(
            text,
            start,
            cues.filter((cue) => cue.kind !== 'frame'),
          ),
        ),
      ),
    [text, start, cues],
  );
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  // After new cues (a lexicon edit, a toggle) the tooltip shows its span's cues, or closes.
  const shownChain = anchor ? layout.chains[anchor.index] : undefined;

  const open = useCallback(
    (element: HTMLElement, via: TooltipAnchor['via'], pointerY?: number) => {
      const index = indexOfSpan(element);
      if (!layout.chains[index]) return;
      setAnchor((current) =>
        current?.element === element && current.via === via
          ? current
          : { element, index, via, ...(pointerY === undefined ? {} : { pointerY }) },
      );
    },
    [layout],
  );
  const close = useCallback(() => setAnchor(null), []);
  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      // The innermost cue under the pointer explains itself (the outer ones are listed in it).
      const inner = (event.target as Element).closest<HTMLElement>('[data-cue-index]');
      if (inner === event.currentTarget) open(inner, 'pointer', event.clientY);
    },
    [open],
  );
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      event.stopPropagation();
      open(event.currentTarget, 'focus');
    },
    [open],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Escape') {
        if (anchor) {
          event.stopPropagation();
          event.preventDefault();
          setAnchor(null);
        }
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        const actions = document.querySelector<HTMLElement>('.cue-tooltip button');
        if (actions) {
          event.preventDefault();
          actions.focus();
        } else if (!anchor) {
          event.preventDefault();
          open(event.currentTarget, 'focus');
        }
        return;
      }
      if (moveCueFocus(event.currentTarget, event.key)) event.preventDefault();
    },
    [anchor, open],
  );

  return (
    <>
      <CueNodes
        nodes={layout.nodes}
        layout={layout}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onMouseOver={onMouseOver}
      />
      {anchor && shownChain ? (
        <CueTooltip anchor={anchor} chain={shownChain} onClose={close} />
      ) : null}
    </>
  );
}

interface CueNodesProps {
  nodes: CueNode[];
  layout: Layout;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onMouseOver: (event: MouseEvent<HTMLElement>) => void;
}

function CueNodes({ nodes, layout, onFocus, onKeyDown, onMouseOver }: CueNodesProps) {
  return (
    <>
      {nodes.map((node) => {
        if (node.type === 'text') return <Fragment key={node.start}>{node.text}</Fragment>;
        const index = layout.indexOf.get(node) ?? -1;
        return (
          <span
            key={`${node.start}-${node.cue.kind}`}
            className={`cue cue--${node.cue.kind}`}
            data-cue-kind={node.cue.kind}
            data-cue-index={index}
            // One tab stop per stretch of text; arrow keys reach the others.
            tabIndex={index === 0 ? 0 : -1}
            onFocus={onFocus}
            onKeyDown={onKeyDown}
            onMouseOver={onMouseOver}
          >
            <CueNodes
              nodes={node.children}
              layout={layout}
              onFocus={onFocus}
              onKeyDown={onKeyDown}
              onMouseOver={onMouseOver}
            />
          </span>
        );
      })}
    </>
  );
}
