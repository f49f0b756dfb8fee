import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { cueKindLabels, quoteSpeaker } from '../../../shared/framing-view/cue-labels.ts';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { openLexiconEntry } from '../lexicons/lexicon-target.ts';
import '../styles/lexicons.css';

export interface TooltipAnchor {
  element: HTMLElement;
  /** The span's place among the stretch's cue spans (`data-cue-index`). */
  index: number;
  via: 'focus' | 'pointer';
  /** Where the pointer was, to pick the line of a wrapped highlight. */
  pointerY?: number;
}

interface CueTooltipProps {
  anchor: TooltipAnchor;
  /** The cues covering the span, outermost first; the last is the span's own. */
  chain: readonly FramingCue[];
  onClose: () => void;
}

/** One tooltip on screen at a time, across every stretch of text. */
let closeActive: (() => void) | null = null;

const GAP = 6;
const MARGIN = 8;
const CLOSE_DELAY_MS = 180;

function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The cue's explanation without the parts the tooltip already shows. */
function explanation(cue: FramingCue): string {
  if (cue.kind === 'quote') {
    const speaker = quoteSpeaker(cue.detail);
    return speaker ? `Speaker: ${speaker}. ${cue.detail.replace(/;.*$/, '')}.` : cue.detail;
  }
  return cue.detail;
}

function lineRect(element: HTMLElement, pointerY: number | undefined): DOMRect {
  const rects = [...element.getClientRects()];
  if (rects.length === 0) return element.getBoundingClientRect();
  if (pointerY === undefined) return rects[0]!;
  return (
    rects.find((r) => pointerY >= r.top - 2 && pointerY <= r.bottom + 2) ?? rects[rects.length - 1]!
  );
}

/**
 * The explanation of a highlight: each covering cue's kind, text and why, innermost first; a
 * lexicon cue offers to disable or edit its entry. Its text describes the focused span
 * (`aria-describedby`); Esc closes it, Enter on the span moves into its actions.
 */
export function CueTooltip({ anchor, chain, onClose }: CueTooltipProps) {
  const api = useApi();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { element, via, pointerY, index } = anchor;
  // The quoted text is in the article's language (the nearest lang attribute above the span).
  const textLang = element.closest<HTMLElement>('[lang]')?.lang || undefined;
  const cues = [...chain].reverse();
  const hasActions = cues.some((cue) => cue.entryId && cue.language && cue.lexiconKind);

  // The span went away or now stands for another cue (new cues arrived): close.
  useLayoutEffect(() => {
    if (!element.isConnected || element.dataset.cueIndex !== String(index)) onClose();
  }, [element, index, chain, onClose]);

  // Only one tooltip at a time.
  useEffect(() => {
    const close = onClose;
    if (closeActive && closeActive !== close) closeActive();
    closeActive = close;
    return () => {
      if (closeActive === close) closeActive = null;
    };
  }, [onClose]);

  // Describe the span by the tooltip's text while it is open.
  useLayoutEffect(() => {
    element.setAttribute('aria-describedby', id);
    return () => element.removeAttribute('aria-describedby');
  }, [element, id]);

  useLayoutEffect(() => {
    const place = () => {
      const box = ref.current;
      if (!box || !element.isConnected) return;
      const line = lineRect(element, pointerY);
      const { width, height } = box.getBoundingClientRect();
      const below = line.bottom + GAP;
      const top =
        below + height > window.innerHeight - MARGIN && line.top - GAP - height > MARGIN
          ? line.top - GAP - height
          : below;
      const left = Math.min(
        Math.max(MARGIN, line.left),
        Math.max(MARGIN, window.innerWidth - width - MARGIN),
      );
      setPosition((p) => (p && p.top === top && p.left === left ? p : { top, left }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [element, pointerY, status]);

  useEffect(() => {
    const cancel = () => {
      if (closeTimer.current) clearTimeout(closeTimer.current);
      closeTimer.current = null;
    };
    const later = () => {
      cancel();
      closeTimer.current = setTimeout(onClose, CLOSE_DELAY_MS);
    };
    const inside = (node: EventTarget | null) =>
      node instanceof Node && (element.contains(node) || ref.current?.contains(node) === true);
    const onFocusOut = (event: FocusEvent) => {
      if (!inside(event.relatedTarget)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      if (ref.current?.contains(document.activeElement)) element.focus();
      else onClose();
    };
    const box = ref.current;
    element.addEventListener('mouseleave', later);
    element.addEventListener('mouseenter', cancel);
    box?.addEventListener('mouseenter', cancel);
    box?.addEventListener('mouseleave', later);
    box?.addEventListener('focusout', onFocusOut);
    if (via === 'focus') element.addEventListener('focusout', onFocusOut);
    // Esc anywhere closes a tooltip opened by the pointer; the span handles it when focused.
    box?.addEventListener('keydown', onKey);
    if (via === 'pointer') document.addEventListener('keydown', onKey);
    return () => {
      cancel();
      element.removeEventListener('mouseleave', later);
      element.removeEventListener('mouseenter', cancel);
      box?.removeEventListener('mouseenter', cancel);
      box?.removeEventListener('mouseleave', later);
      box?.removeEventListener('focusout', onFocusOut);
      element.removeEventListener('focusout', onFocusOut);
      box?.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', onKey);
    };
  }, [element, via, onClose]);

  const disable = (cue: FramingCue) => {
    if (!cue.entryId || !cue.language || !cue.lexiconKind) return;
    setStatus('Disabling…');
    api
      .call('lexicons.setEnabled', {
        language: cue.language,
        kind: cue.lexiconKind as never,
        id: cue.entryId,
        enabled: false,
      })
      .then(
        () => setStatus('Entry disabled. Re-enable it in Lexicons.'),
        (error: unknown) => setStatus(`Could not disable: ${errorMessage(error)}`),
      );
  };

  return createPortal(
    <div
      ref={ref}
      className="cue-tooltip"
      data-testid="cue-tooltip"
      lang="en"
      style={
        position
          ? { top: position.top, left: position.left }
          : { top: 0, left: 0, visibility: 'hidden' }
      }
    >
      <div id={id} role="tooltip" className="cue-tooltip__body">
        {cues.map((cue, i) => (
          <div key={`${cue.kind}-${cue.start}-${i}`} className="cue-tooltip__item">
            <div className="cue-tooltip__head">
              <span className={`cue-swatch cue-swatch--${cue.kind}`} aria-hidden="true">
                Aa
              </span>
              <span className="cue-tooltip__kind">
                {i > 0 ? 'Inside: ' : ''}
                {cueKindLabels[cue.kind]}
              </span>
            </div>
            <p className="cue-tooltip__text" lang={textLang}>
              “{clip(cue.text)}”
            </p>
            <p className="cue-tooltip__why" lang={cue.entryId ? cue.language : undefined}>
              {explanation(cue)}
            </p>
            {cue.entryId && cue.language && cue.lexiconKind ? (
              <div className="cue-tooltip__actions">
                <span className="cue-tooltip__entry" title="Lexicon entry">
                  {cue.language}/{cue.lexiconKind} · {cue.entryId}
                </span>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => disable(cue)}
                >
                  Disable this entry
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => {
                    onClose();
                    openLexiconEntry({
                      language: cue.language!,
                      kind: cue.lexiconKind!,
                      id: cue.entryId!,
                    });
                  }}
                >
                  Edit entry
                </button>
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {status ? (
        <p className="cue-tooltip__status" role="status">
          {status}
        </p>
      ) : null}
      {via === 'focus' ? (
        <p className="cue-tooltip__hint" aria-hidden="true">
          ← → other highlights{hasActions ? ' · Enter actions' : ''} · Esc close
        </p>
      ) : null}
    </div>,
    document.body,
  );
}
