/**
 * Runs import jobs in worker threads and turns their messages into contract events. One job at a
 * time writes (SQLite has one writer); later jobs queue behind it.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ImportJob, ImportReport } from '../../shared/api/schemas.ts';
import type { EventName, EventPayload } from '../../shared/api/contract.ts';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker.ts';

export interface ImportJobsOptions {
  dbPath: string;
  workerUrl: URL;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

interface JobState {
  job: ImportJob;
  cancelFlag: Int32Array;
  data: ImportWorkerData;
  done: Promise<ImportReport>;
}

export function createImportJobs(options: ImportJobsOptions) {
  const jobs = new Map<string, JobState>();
  const workers = new Set<Worker>();
  let queue: Promise<unknown> = Promise.resolve();

  function run(state: JobState): Promise<ImportReport> {
    return new Promise((resolve) => {
      const worker = new Worker(options.workerUrl, { workerData: state.data });
      workers.add(worker);
      let settled = false;
      let outcome: ImportReport | null = null;
      const finish = (report: ImportReport, failed = false) => {
        if (settled) return;
        settled = true;
        outcome = report;
        const end = failed ? 'failed' : report.cancelled ? 'cancelled' : 'finished';
        state.job = { ...state.job, state: end, report };
        options.emit('import.finished', { jobId: state.job.jobId, report });
        if (report.imported.length) options.emit('library.changed', { reason: 'import' });
      };
      // A crash of the job is reported like a bad file, so the UI always gets its report.
      const crash = (message: string) =>
        finish(
          {
            imported: [],
            skipped: [],
            failed: [{ file: '(import)', error: message }],
            cancelled: false,
          },
          true,
        );
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'progress') {
          state.job = { ...state.job, done: message.done, total: message.total };
          options.emit('import.progressed', { jobId: state.job.jobId, ...message });
        } else if (message.type === 'finished') finish(message.report);
        else crash(`the import failed: ${message.message}`);
      });
      worker.on('error', (error) => crash(`the import failed: ${error.message}`));
      // The job ends when the worker does: after its report it brings the search index up to date.
      worker.on('exit', () => {
        workers.delete(worker);
        crash('the import stopped unexpectedly');
        resolve(outcome ?? { imported: [], skipped: [], failed: [], cancelled: false });
      });
    });
  }

  return {
    /** Queues a job and returns its id at once. */
    start(input: { paths: string[]; uploads: { name: string; bytes: Uint8Array }[] }): string {
      const jobId = randomUUID();
      const shared = new SharedArrayBuffer(4);
      const total = input.paths.length + input.uploads.length;
      const state: JobState = {
        job: { jobId, state: 'running', done: 0, total, report: null },
        cancelFlag: new Int32Array(shared),
        data: {
          dbPath: options.dbPath,
          paths: input.paths,
          uploads: input.uploads,
          cancelFlag: shared,
        },
        done: Promise.resolve({ imported: [], skipped: [], failed: [], cancelled: false }),
      };
      state.done = queue.then(() => run(state));
      queue = state.done;
      jobs.set(jobId, state);
      return jobId;
    },
    get(jobId: string): ImportJob | null {
      return jobs.get(jobId)?.job ?? null;
    },
    /** Resolves with the job's report once it has ended and its articles are searchable. */
    wait(jobId: string): Promise<ImportReport> | null {
      return jobs.get(jobId)?.done ?? null;
    },
    cancel(jobId: string): boolean {
      const state = jobs.get(jobId);
      if (!state || state.job.state !== 'running') return false;
      Atomics.store(state.cancelFlag, 0, 1);
      return true;
    },
    async close(): Promise<void> {
      for (const state of jobs.values()) Atomics.store(state.cancelFlag, 0, 1);
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
