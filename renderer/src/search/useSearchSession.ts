import { useCallback, useMemo, useRef, useState } from 'react';
import { emptySearchFilters, type SearchFilters, type SearchScope } from './search-query.ts';

/** A whole search to show at once: from "find elsewhere", a saved search or the palette. */
export interface SearchRequest {
  text: string;
  filters?: SearchFilters;
  scope?: SearchScope | null;
}

export interface SearchSession {
  text: string;
  filters: SearchFilters;
  scope: SearchScope | null;
  setText: (text: string) => void;
  setFilters: (filters: SearchFilters) => void;
  setScope: (scope: SearchScope | null) => void;
  /** Replaces text, filters and scope; filters left out are cleared. */
  run: (request: SearchRequest) => void;
  /** The search box, so Ctrl/Cmd+F can focus it from anywhere. */
  inputRef: React.RefObject<HTMLInputElement | null>;
}

/**
 * What the search view shows, kept above the views (like the compare session) so that the reader's
 * "find elsewhere" and the command palette can start a search before the view is on screen.
 */
export function useSearchSession(): SearchSession {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(emptySearchFilters);
  const [scope, setScope] = useState<SearchScope | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const run = useCallback((request: SearchRequest) => {
    setText(request.text);
    setFilters(request.filters ?? emptySearchFilters);
    setScope(request.scope ?? null);
  }, []);
  return useMemo(
    () => ({ text, filters, scope, setText, setFilters, setScope, run, inputRef }),
    [text, filters, scope, run],
  );
}
