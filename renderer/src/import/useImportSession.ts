import { useCallback, useEffect, useReducer, useRef } from 'react';
import { errorMessage, type ApiClient } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import {
  isFinished,
  runningJobIds,
  sessionReducer,
  type ImportSession,
  type SessionAction,
} from './import-session.ts';
import {
  planBatches,
  readBase64,
  screenFiles,
  type PickedFile,
  type UploadedFile,
} from './read-files.ts';
import { useJobPolling } from './useJobPolling.ts';

export interface ImportController {
  session: ImportSession | null;
  startImport: (files: PickedFile[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

async function readBatch(batch: PickedFile[]) {
  const files: UploadedFile[] = [];
  const unreadable: { file: string; error: string }[] = [];
  for (const picked of batch) {
    try {
      files.push({ name: picked.name, contentBase64: await readBase64(picked.file) });
    } catch (error) {
      unreadable.push({
        file: picked.name,
        error: `could not read the file: ${errorMessage(error)}`,
      });
    }
  }
  return { files, unreadable };
}

/**
 * The import the user is watching: sends picked files batch by batch (one backend job at a time,
 * so memory stays bounded), follows `import.progressed`/`import.finished` for every job — also
 * jobs started elsewhere, such as the desktop File → Import menu — and cancels on request.
 */
export function useImportSession(): ImportController {
  const api: ApiClient = useApi();
  const [session, dispatch] = useReducer(sessionReducer, null);
  const sessionRef = useRef(session);
  const finishWaiters = useRef(new Map<string, () => void>());

  const apply = useCallback((action: SessionAction) => {
    sessionRef.current = sessionReducer(sessionRef.current, action);
    dispatch(action);
    if (action.type === 'finished') {
      finishWaiters.current.get(action.jobId)?.();
      finishWaiters.current.delete(action.jobId);
    }
  }, []);

  useApiEvent('import.progressed', (payload) => apply({ type: 'progressed', payload }));
  useApiEvent('import.finished', ({ jobId, report }) => apply({ type: 'finished', jobId, report }));
  useJobPolling(runningJobIds(session), apply);

  const waitForJob = useCallback((jobId: string) => {
    if (sessionRef.current?.jobs[jobId]?.report) return Promise.resolve();
    return new Promise<void>((resolve) => finishWaiters.current.set(jobId, resolve));
  }, []);

  const sendBatches = useCallback(
    async (batches: PickedFile[][]) => {
      for (const batch of batches) {
        if (sessionRef.current?.isCancelRequested) break;
        const { files, unreadable } = await readBatch(batch);
        if (unreadable.length > 0) apply({ type: 'batchFailed', failures: unreadable });
        if (files.length === 0) continue;
        try {
          const { jobId } = await api.call('articles.import', { files });
          apply({ type: 'jobAccepted', jobId, fileCount: files.length });
          await waitForJob(jobId);
        } catch (error) {
          const reason = errorMessage(error);
          apply({
            type: 'batchFailed',
            failures: files.map((file) => ({ file: file.name, error: reason })),
          });
        }
      }
      apply({ type: 'sendingEnded' });
    },
    [api, apply, waitForJob],
  );

  const startImport = useCallback(
    (picked: PickedFile[]) => {
      const { accepted, refused } = screenFiles(picked);
      apply({ type: 'started', fileCount: accepted.length, failures: refused });
      void sendBatches(planBatches(accepted));
    },
    [apply, sendBatches],
  );

  const cancel = useCallback(() => {
    apply({ type: 'cancelRequested' });
    for (const jobId of runningJobIds(sessionRef.current)) {
      api.call('imports.cancel', { jobId }).catch((error: unknown) => {
        // The job may have finished meanwhile; its report still arrives as an event.
        console.warn('imports.cancel failed', errorMessage(error));
      });
    }
  }, [api, apply]);

  const dismiss = useCallback(() => {
    if (sessionRef.current && isFinished(sessionRef.current)) apply({ type: 'dismissed' });
  }, [apply]);

  useEffect(() => () => finishWaiters.current.clear(), []);

  return { session, startImport, cancel, dismiss };
}
