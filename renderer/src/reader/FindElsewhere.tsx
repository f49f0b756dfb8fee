import type { RefObject } from 'react';
import { useTextSelection } from './useTextSelection.ts';
import { toQuery } from './selection-query.ts';

interface FindElsewhereProps {
  containerRef: RefObject<HTMLElement | null>;
  onFind: (text: string) => void;
}

/** A small button over selected text that traces the quote through the other articles. */
export function FindElsewhere({ containerRef, onFind }: FindElsewhereProps) {
  const selection = useTextSelection(containerRef);
  if (!selection) return null;
  const { rect } = selection;
  // Above the selection, or below it when it starts at the top edge of the window.
  const top = rect.top > 48 ? rect.top - 40 : rect.bottom + 8;
  return (
    <button
      type="button"
      className="find-elsewhere"
      style={{ top, left: Math.max(8, rect.left + rect.width / 2) }}
      // Keeps the selection: a mousedown on a button would otherwise clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onFind(toQuery(selection.text))}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      Find elsewhere
    </button>
  );
}
