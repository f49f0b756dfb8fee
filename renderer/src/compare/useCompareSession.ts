import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseCompareViewState,
  type CompareViewState,
} from '../../../shared/compare/view-state.ts';
import { useApi } from '../api/useApi.ts';

export interface CompareSession {
  /** The comparison on screen, or null when none was opened yet. */
  state: CompareViewState | null;
  /** False until the saved state has been read, so the view does not flash "nothing open". */
  isLoaded: boolean;
  saveError: unknown;
  open: (state: CompareViewState) => void;
  update: (patch: Partial<CompareViewState>) => void;
}

const viewName = 'compare';

/**
 * The compare view's state, read once from the backend's saved view state and written back on
 * every change, so that a restart or a reload shows the same comparison. Kept above the views, so
 * the story list and the library can open a comparison before the compare view mounts.
 */
export function useCompareSession(): CompareSession {
  const api = useApi();
  const [state, setState] = useState<CompareViewState | null>(null);
  const [isLoaded, setIsLoaded] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const hasLocalChange = useRef(false);

  useEffect(() => {
    let isCurrent = true;
    api.call('settings.getViewState', { view: viewName }).then(
      ({ state: saved }) => {
        // A comparison opened while the saved one was loading wins over the saved one.
        if (isCurrent && !hasLocalChange.current) setState(parseCompareViewState(saved));
        if (isCurrent) setIsLoaded(true);
      },
      () => {
        // No saved state to restore is not an error the user can act on; start empty.
        if (isCurrent) setIsLoaded(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api]);

  const save = useCallback(
    (next: CompareViewState) => {
      hasLocalChange.current = true;
      setState(next);
      api.call('settings.setViewState', { view: viewName, state: next }).then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(error),
      );
    },
    [api],
  );

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const update = useCallback(
    (patch: Partial<CompareViewState>) => {
      const current = stateRef.current;
      if (!current) return;
      const next = { ...current, ...patch };
      stateRef.current = next;
      save(next);
    },
    [save],
  );

  return { state, isLoaded, saveError, open: save, update };
}
