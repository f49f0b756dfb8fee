import { useCallback, useEffect, useRef, useState } from 'react';
import { cueKinds, type CueKind } from '../../../shared/framing-view/segment-runs.ts';
import { useApi } from '../api/useApi.ts';

const viewName = 'framing';

function parseHidden(saved: unknown): CueKind[] {
  if (typeof saved !== 'object' || saved === null || !('hidden' in saved)) return [];
  const { hidden } = saved;
  if (!Array.isArray(hidden)) return [];
  return cueKinds.filter((kind) => hidden.includes(kind));
}

/**
 * Which cue kinds the legend shows, saved as the 'framing' view state so that the reader and the
 * compare view agree and a restart keeps the choice.
 */
export function useFramingToggles() {
  const api = useApi();
  const [hidden, setHidden] = useState<readonly CueKind[]>([]);
  const hasLocalChange = useRef(false);

  useEffect(() => {
    let isCurrent = true;
    api.call('settings.getViewState', { view: viewName }).then(
      ({ state }) => {
        if (isCurrent && !hasLocalChange.current) setHidden(parseHidden(state));
      },
      () => {
        // Nothing saved yet or unreadable: every kind stays shown, which is the default anyway.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api]);

  const hiddenRef = useRef(hidden);
  useEffect(() => {
    hiddenRef.current = hidden;
  });
  const toggle = useCallback(
    (kind: CueKind) => {
      hasLocalChange.current = true;
      const current = hiddenRef.current;
      const next = current.includes(kind)
        ? current.filter((k) => k !== kind)
        : cueKinds.filter((k) => k === kind || current.includes(k));
      hiddenRef.current = next;
      setHidden(next);
      api.call('settings.setViewState', { view: viewName, state: { hidden: next } }).catch(() => {
        // The toggle still applies on screen; it is only not remembered across restarts.
      });
    },
    [api],
  );

  const isShown = useCallback((kind: CueKind) => !hidden.includes(kind), [hidden]);
  return { hidden, isShown, toggle };
}
