import { useCallback, useState, type KeyboardEvent } from 'react';

interface RowNavigationOptions {
  rowCount: number;
  pageRows: number;
  onActivate: (index: number) => void;
  scrollToIndex: (index: number) => void;
}

/**
 * Keyboard movement over a virtualised grid: the grid keeps focus and points at the active row with
 * `aria-activedescendant`, since rows scrolled out of view do not exist in the DOM to take focus.
 */
export function useRowNavigation({
  rowCount,
  pageRows,
  onActivate,
  scrollToIndex,
}: RowNavigationOptions) {
  const [activeIndex, setActiveIndex] = useState(-1);
  const clampedActive = activeIndex >= rowCount ? rowCount - 1 : activeIndex;

  const moveTo = useCallback(
    (index: number) => {
      if (rowCount === 0) return;
      const next = Math.min(rowCount - 1, Math.max(0, index));
      setActiveIndex(next);
      scrollToIndex(next);
    },
    [rowCount, scrollToIndex],
  );

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const current = Math.max(clampedActive, 0);
      const moves: Record<string, number> = {
        ArrowDown: clampedActive < 0 ? 0 : current + 1,
        ArrowUp: current - 1,
        PageDown: current + pageRows,
        PageUp: current - pageRows,
        Home: 0,
        End: rowCount - 1,
      };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        moveTo(target);
      } else if ((event.key === 'Enter' || event.key === ' ') && clampedActive >= 0) {
        event.preventDefault();
        onActivate(clampedActive);
      }
    },
    [clampedActive, moveTo, onActivate, pageRows, rowCount],
  );

  return { activeIndex: clampedActive, setActiveIndex, handleKeyDown };
}
