import { useCallback } from 'react';
import type { Output } from '../../../shared/api/contract.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

export type Facets = Output<'articles.getFacets'>;

/** Outlets and languages present in the library, kept fresh as the library changes. */
export function useFacets() {
  const api = useApi();
  const state = useAsync(useCallback(() => api.call('articles.getFacets', {}), [api]));
  const { reload } = state;
  useLibraryChanged(reload);
  return state;
}
