import { useCallback } from 'react';
import { newCompareViewState, type CompareViewState } from '../../../shared/compare/view-state.ts';
import type { Route } from '../app/route.ts';
import type { PaletteItem } from './palette-items.ts';
import { requestCodeFilter } from '../annotations/code-filter-request.ts';

interface PaletteTargets {
  navigate: (route: Route) => void;
  onCompare: (state: CompareViewState) => void;
  onFilterLibrary: (outlet: string) => void;
}

/** What picking each kind of palette entry does. */
export function usePaletteActions({ navigate, onCompare, onFilterLibrary }: PaletteTargets) {
  return useCallback(
    (item: PaletteItem) => {
      if (item.kind === 'article') navigate({ view: 'article', articleId: item.id });
      else if (item.kind === 'view') navigate({ view: item.view });
      else if (item.kind === 'outlet') onFilterLibrary(item.label);
      else if (item.kind === 'code') {
        requestCodeFilter(item.id);
        navigate({ view: 'annotations' });
      }
      // A story of one article has nothing to compare: it opens in the reader.
      else if (item.articleIds.length >= 2) {
        onCompare(newCompareViewState(item.articleIds, item.label, item.id));
      } else if (item.articleIds[0]) navigate({ view: 'article', articleId: item.articleIds[0] });
    },
    [navigate, onCompare, onFilterLibrary],
  );
}
