import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/schemas.ts';
import { makeArticle } from '../test-support/fake-api.ts';
import {
  isFinished,
  mergedReport,
  sessionProgress,
  sessionReducer,
  type SessionAction,
} from './import-session.ts';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  imported: [],
  skipped: [],
  failed: [],
  cancelled: false,
  ...overrides,
});

const run = (actions: SessionAction[]) => actions.reduce(sessionReducer, null);

describe('import session', () => {
  it('counts files not yet sent in the total', () => {
    const session = run([
      { type: 'started', fileCount: 10, failures: [] },
      { type: 'jobAccepted', jobId: 'j1', fileCount: 4 },
      { type: 'progressed', payload: { jobId: 'j1', done: 2, total: 4, file: 'b.txt' } },
    ]);
    expect(session && sessionProgress(session)).toEqual({ done: 2, total: 10 });
    expect(session?.currentFile).toBe('b.txt');
  });

  it('is finished only when sending ended and every job reported', () => {
    const running = run([
      { type: 'started', fileCount: 1, failures: [] },
      { type: 'jobAccepted', jobId: 'j1', fileCount: 1 },
      { type: 'finished', jobId: 'j1', report: report({ imported: [makeArticle()] }) },
    ]);
    expect(running && isFinished(running)).toBe(false);
    const done = sessionReducer(running, { type: 'sendingEnded' });
    expect(done && isFinished(done)).toBe(true);
  });

  it('accepts a finished event that arrives before the job id is known', () => {
    const session = run([
      { type: 'started', fileCount: 1, failures: [] },
      {
        type: 'finished',
        jobId: 'j1',
        report: report({ failed: [{ file: 'a.txt', error: 'empty file' }] }),
      },
      { type: 'jobAccepted', jobId: 'j1', fileCount: 1 },
      { type: 'sendingEnded' },
    ]);
    expect(session && isFinished(session)).toBe(true);
    expect(session && sessionProgress(session)).toEqual({ done: 1, total: 1 });
  });

  it('merges job reports with files the renderer refused', () => {
    const session = run([
      {
        type: 'started',
        fileCount: 1,
        failures: [{ file: 'photo.png', error: 'not an article file' }],
      },
      { type: 'jobAccepted', jobId: 'j1', fileCount: 1 },
      {
        type: 'finished',
        jobId: 'j1',
        report: report({ skipped: [{ file: 'a.txt', reason: 'duplicate', duplicateOf: 'x' }] }),
      },
      { type: 'sendingEnded' },
    ]);
    const merged = session && mergedReport(session);
    expect(merged?.failed.map((failure) => failure.file)).toEqual(['photo.png']);
    expect(merged?.skipped).toHaveLength(1);
  });

  it('follows jobs started elsewhere, such as the desktop menu', () => {
    const session = run([
      { type: 'progressed', payload: { jobId: 'menu', done: 1, total: 3, file: 'x.txt' } },
    ]);
    expect(session && sessionProgress(session)).toEqual({ done: 1, total: 3 });
    expect(session && isFinished(session)).toBe(false);
  });

  it('starts a fresh session after a finished one', () => {
    const first = run([
      { type: 'progressed', payload: { jobId: 'j1', done: 1, total: 1, file: null } },
      { type: 'finished', jobId: 'j1', report: report() },
    ]);
    const next = sessionReducer(first, { type: 'started', fileCount: 2, failures: [] });
    expect(Object.keys(next?.jobs ?? {})).toEqual([]);
  });
});
