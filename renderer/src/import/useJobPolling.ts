import { useEffect, useRef } from 'react';
import { useApi } from '../api/useApi.ts';
import type { SessionAction } from './import-session.ts';

const pollIntervalMs = 2000;

/**
 * A safety net under the event stream: while jobs run, ask for their state now and then, so a
 * dropped WebSocket (host restart, sleep) cannot leave the progress bar hanging forever.
 */
export function useJobPolling(jobIds: string[], apply: (action: SessionAction) => void): void {
  const api = useApi();
  const key = jobIds.join(',');
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });

  useEffect(() => {
    if (key === '') return undefined;
    const ids = key.split(',');
    const timer = setInterval(() => {
      for (const jobId of ids) {
        api.call('imports.get', { jobId }).then(
          (job) => {
            if (job.report && job.state !== 'running') {
              applyRef.current({ type: 'finished', jobId, report: job.report });
            } else {
              applyRef.current({
                type: 'progressed',
                payload: { jobId, done: job.done, total: job.total, file: null },
              });
            }
          },
          (error: unknown) => console.warn('imports.get failed', error),
        );
      }
    }, pollIntervalMs);
    return () => clearInterval(timer);
  }, [api, key]);
}
