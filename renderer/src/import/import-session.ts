/**
 * One import as the user sees it: possibly several backend jobs (a big folder is sent in batches,
 * and the desktop menu can start jobs too) shown as one progress bar and one report.
 */
import type { EventPayload } from '../../../shared/api/contract.ts';
import type { ImportReport } from '../../../shared/api/schemas.ts';

export type ImportFailure = ImportReport['failed'][number];

export interface JobState {
  done: number;
  total: number;
  file: string | null;
  report: ImportReport | null;
}

export interface ImportSession {
  jobs: Record<string, JobState>;
  /** Files read or listed in the renderer but not yet handed to a job; part of the total. */
  pendingFiles: number;
  /** Files that never reached the backend (unreadable, refused batch). */
  localFailures: ImportFailure[];
  isSending: boolean;
  isCancelRequested: boolean;
  /** The file most recently reported as in progress. */
  currentFile: string | null;
}

export type SessionAction =
  | { type: 'started'; fileCount: number; failures: ImportFailure[] }
  | { type: 'jobAccepted'; jobId: string; fileCount: number }
  | { type: 'batchFailed'; failures: ImportFailure[] }
  | { type: 'sendingEnded' }
  | { type: 'cancelRequested' }
  | { type: 'progressed'; payload: EventPayload<'import.progressed'> }
  | { type: 'finished'; jobId: string; report: ImportReport }
  | { type: 'dismissed' };

export const emptySession: ImportSession = {
  jobs: {},
  pendingFiles: 0,
  localFailures: [],
  isSending: false,
  isCancelRequested: false,
  currentFile: null,
};

function withJob(session: ImportSession, jobId: string, patch: Partial<JobState>): ImportSession {
  const job = session.jobs[jobId] ?? { done: 0, total: 0, file: null, report: null };
  return { ...session, jobs: { ...session.jobs, [jobId]: { ...job, ...patch } } };
}

/** Events for a job belong to the open session; a finished session is replaced by a new one. */
function openSession(session: ImportSession | null): ImportSession {
  return session && !isFinished(session) ? session : emptySession;
}

export function sessionReducer(
  session: ImportSession | null,
  action: SessionAction,
): ImportSession | null {
  switch (action.type) {
    case 'started': {
      const open = openSession(session);
      return {
        ...open,
        pendingFiles: open.pendingFiles + action.fileCount,
        localFailures: [...open.localFailures, ...action.failures],
        isSending: true,
      };
    }
    case 'jobAccepted': {
      if (!session) return session;
      const known = session.jobs[action.jobId];
      const total = Math.max(known?.total ?? 0, action.fileCount);
      const next = withJob(session, action.jobId, { total });
      return { ...next, pendingFiles: Math.max(0, session.pendingFiles - action.fileCount) };
    }
    case 'batchFailed':
      if (!session) return session;
      return {
        ...session,
        pendingFiles: Math.max(0, session.pendingFiles - action.failures.length),
        localFailures: [...session.localFailures, ...action.failures],
      };
    case 'sendingEnded':
      return session && { ...session, isSending: false, pendingFiles: 0 };
    case 'cancelRequested':
      return session && { ...session, isCancelRequested: true };
    case 'progressed': {
      const { jobId, done, total, file } = action.payload;
      const open = session?.jobs[jobId] ? session : openSession(session);
      if (open.jobs[jobId]?.report) return open;
      return {
        ...withJob(open, jobId, { done, total, file }),
        currentFile: file ?? open.currentFile,
      };
    }
    case 'finished': {
      const open = session?.jobs[action.jobId] ? session : openSession(session);
      const handled =
        action.report.imported.length + action.report.skipped.length + action.report.failed.length;
      const known = open.jobs[action.jobId];
      const total = Math.max(known?.total ?? 0, handled);
      return withJob(open, action.jobId, {
        report: action.report,
        done: Math.max(known?.done ?? 0, handled),
        total,
      });
    }
    case 'dismissed':
      return null;
  }
}

export function isFinished(session: ImportSession): boolean {
  return !session.isSending && Object.values(session.jobs).every((job) => job.report !== null);
}

export function sessionProgress(session: ImportSession): { done: number; total: number } {
  const jobs = Object.values(session.jobs);
  const done = jobs.reduce((sum, job) => sum + job.done, 0) + session.localFailures.length;
  const total =
    jobs.reduce((sum, job) => sum + job.total, 0) +
    session.pendingFiles +
    session.localFailures.length;
  return { done, total: Math.max(total, done) };
}

/** The reports of every job merged, with files the renderer could not send listed as failed. */
export function mergedReport(session: ImportSession): ImportReport {
  const reports = Object.values(session.jobs).flatMap((job) => (job.report ? [job.report] : []));
  return {
    imported: reports.flatMap((report) => report.imported),
    skipped: reports.flatMap((report) => report.skipped),
    failed: [...session.localFailures, ...reports.flatMap((report) => report.failed)],
    cancelled: session.isCancelRequested || reports.some((report) => report.cancelled),
  };
}

export function runningJobIds(session: ImportSession | null): string[] {
  if (!session) return [];
  return Object.entries(session.jobs)
    .filter(([, job]) => job.report === null)
    .map(([jobId]) => jobId);
}
