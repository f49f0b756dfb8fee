import { useMemo } from 'react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { useFraming } from './useFraming.ts';
import { useFramingToggles } from './useFramingToggles.ts';

/**
 * Framing cues of the articles on screen with the legend's toggles applied: every cue for the
 * legend's counts, and per article only the kinds the user shows, for highlights and headers.
 */
export function useShownCues(articleIds: readonly string[]) {
  const framing = useFraming(articleIds);
  const { isShown, toggle } = useFramingToggles();
  const shownByArticle = useMemo(() => {
    const shown = new Map<string, readonly FramingCue[]>();
    for (const [id, cues] of framing.byArticle) {
      shown.set(
        id,
        cues.filter((cue) => isShown(cue.kind)),
      );
    }
    return shown;
  }, [framing.byArticle, isShown]);
  return { ...framing, shownByArticle, isShown, toggle };
}
