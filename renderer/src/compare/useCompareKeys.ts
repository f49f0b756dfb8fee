import { useEffect, useRef } from 'react';

export interface CompareKeyHandlers {
  onNextDifference: () => void;
  onPreviousDifference: () => void;
  onNextPivot: () => void;
  onPreviousPivot: () => void;
  onMovePivotLeft: () => void;
  onMovePivotRight: () => void;
  onToggleDiff: () => void;
  onToggleCoverage: () => void;
  onToggleHelp: () => void;
}

/** The shortcuts, as the help popover lists them. */
export const compareShortcuts: { keys: string[]; action: string }[] = [
  { keys: ['j', 'Alt+↓'], action: 'Next difference' },
  { keys: ['k', 'Alt+↑'], action: 'Previous difference' },
  { keys: ['p', 'Shift+P'], action: 'Next / previous pivot' },
  { keys: ['[', ']'], action: 'Move the pivot column left / right' },
  { keys: ['d'], action: 'Word diff on / off' },
  { keys: ['c'], action: 'Coverage matrix / side by side' },
  { keys: ['a'], action: 'Code the focused passage or highlight (Tab to reach one)' },
  { keys: ['?'], action: 'This help' },
];

function handlerFor(event: KeyboardEvent, h: CompareKeyHandlers): (() => void) | null {
  if (event.altKey && event.key === 'ArrowDown') return h.onNextDifference;
  if (event.altKey && event.key === 'ArrowUp') return h.onPreviousDifference;
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const byKey: Record<string, () => void> = {
    j: h.onNextDifference,
    k: h.onPreviousDifference,
    p: h.onNextPivot,
    P: h.onPreviousPivot,
    '[': h.onMovePivotLeft,
    ']': h.onMovePivotRight,
    d: h.onToggleDiff,
    c: h.onToggleCoverage,
    '?': h.onToggleHelp,
  };
  return byKey[event.key] ?? null;
}

/** The compare view's keyboard shortcuts, on the document, except while the user types. */
export function useCompareKeys(handlers: CompareKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const handler = handlerFor(event, latest.current);
      if (!handler || event.defaultPrevented) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
}
