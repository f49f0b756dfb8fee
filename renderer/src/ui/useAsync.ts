import { useCallback, useEffect, useMemo, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Runs the loader again, keeping the current data on screen until the new data arrives. */
  reload: () => void;
}

interface Settled<T> {
  request: object | null;
  data: T | undefined;
  error: unknown;
}

/**
 * Runs `load` (memoise it with useCallback) whenever it changes or `reload` is called, and exposes
 * its result. Answers to superseded runs are dropped, so a slow old response never overwrites a
 * newer one; the previous data stays visible while the next run is in flight.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [reloadCount, setReloadCount] = useState(0);
  const request = useMemo(() => ({ load, reloadCount }), [load, reloadCount]);
  const [settled, setSettled] = useState<Settled<T>>({
    request: null,
    data: undefined,
    error: null,
  });

  useEffect(() => {
    let isCurrent = true;
    request.load().then(
      (data) => {
        if (isCurrent) setSettled({ request, data, error: null });
      },
      (error: unknown) => {
        if (isCurrent) setSettled((previous) => ({ request, data: previous.data, error }));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [request]);

  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  return {
    data: settled.data,
    error: settled.error,
    isLoading: settled.request !== request,
    reload,
  };
}
