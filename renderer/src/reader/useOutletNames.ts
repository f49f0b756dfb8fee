import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';

/** Outlet names from the registry, for suggestions; an unavailable registry just means none. */
export function useOutletNames(): string[] {
  const api = useApi();
  const { data } = useAsync(useCallback(() => api.call('outlets.list', {}), [api]));
  return data
    ? [...new Set(data.map((outlet) => outlet.name))].sort((a, b) => a.localeCompare(b))
    : [];
}
