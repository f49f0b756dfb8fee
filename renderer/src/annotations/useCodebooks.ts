import { useCallback, useMemo } from 'react';
import type { Code, Codebook } from '../../../shared/api/annotation-methods.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useAsync } from '../ui/useAsync.ts';

export interface CodebookEntry {
  codebook: Codebook;
  codes: Code[];
}

const noBooks: CodebookEntry[] = [];

/** Every codebook with its codes, refetched when codebooks change. */
export function useCodebooks() {
  const api = useApi();
  const state = useAsync(useCallback(() => api.call('codebooks.list', {}), [api]));
  const { reload } = state;
  useApiEvent('codebooks.changed', reload);
  const books = state.data ?? noBooks;
  const codes = useMemo(
    () => new Map(books.flatMap((entry) => entry.codes.map((code) => [code.id, code] as const))),
    [books],
  );
  return { ...state, books, codes };
}
