import { useCallback, useEffect, useState } from 'react';

/** Id of the element showing hit `index`, for aria-activedescendant and scrolling. */
export const hitElementId = (listId: string, index: number) => `${listId}-hit-${index}`;

/**
 * The active hit for ↑/↓ and Enter. It belongs to one answer (`resultsKey`): a new answer starts
 * again at the best hit, so Enter right after typing opens the top result.
 */
export function useHitNavigation(count: number, resultsKey: string, listId: string) {
  const [state, setState] = useState({ key: resultsKey, index: 0 });
  const index = state.key === resultsKey ? Math.min(state.index, count - 1) : 0;
  const active = count > 0 ? index : -1;

  const move = useCallback(
    (step: number) =>
      setState({ key: resultsKey, index: Math.min(Math.max(active + step, 0), count - 1) }),
    [active, count, resultsKey],
  );
  const select = useCallback(
    (next: number) => setState({ key: resultsKey, index: next }),
    [resultsKey],
  );

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(hitElementId(listId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  return { active, move, select };
}
