import { useEffect, useRef } from 'react';
import { useApi } from './useApi.ts';

/** A big import can report a change per file; views refetch at most this often. */
const minIntervalMs = 500;

/**
 * Runs `refresh` when the library changed (or the event stream reconnected, so changes may have
 * been missed). Bursts are coalesced: at once for the first event, then at most every 500 ms, and
 * always once after the last event.
 */
export function useLibraryChanged(refresh: () => void): void {
  const api = useApi();
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });

  useEffect(() => {
    let lastRunMs = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      lastRunMs = Date.now();
      latest.current();
    };
    const schedule = () => {
      if (timer) return;
      const waitMs = Math.max(0, lastRunMs + minIntervalMs - Date.now());
      if (waitMs === 0) run();
      else timer = setTimeout(run, waitMs);
    };
    const offChanged = api.on('library.changed', schedule);
    const offReconnect = api.onReconnect(schedule);
    return () => {
      offChanged();
      offReconnect();
      if (timer) clearTimeout(timer);
    };
  }, [api]);
}
