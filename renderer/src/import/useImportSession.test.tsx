// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { isFinished, mergedReport } from './import-session.ts';
import { useImportSession } from './useImportSession.ts';

const files = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `folder/${i}.txt`,
    file: new File([`story ${i}`], `${i}.txt`),
  }));

function setup() {
  let jobs = 0;
  const api = createFakeApi({
    'articles.import': () => ({ jobId: `j${(jobs += 1)}` }),
    'imports.cancel': () => ({ cancelled: true }),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={api}>{children}</ApiProvider>
  );
  const hook = renderHook(() => useImportSession(), { wrapper });
  return { api, hook };
}

describe('useImportSession', () => {
  it('sends a folder in batches, one job at a time, with folder-relative names', async () => {
    const { api, hook } = setup();
    act(() => hook.result.current.startImport(files(300)));
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'articles.import')).toHaveLength(1),
    );
    const first = api.calls[0]?.input as { files: { name: string }[] };
    expect(first.files).toHaveLength(250);
    expect(first.files[0]?.name).toBe('folder/0.txt');

    act(() =>
      api.emit('import.finished', {
        jobId: 'j1',
        report: { imported: [], skipped: [], failed: [], cancelled: false },
      }),
    );
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'articles.import')).toHaveLength(2),
    );
  });

  it('cancels the running job and sends no further batches', async () => {
    const { api, hook } = setup();
    act(() => hook.result.current.startImport(files(300)));
    await waitFor(() => expect(hook.result.current.session?.jobs.j1).toBeDefined());

    act(() => hook.result.current.cancel());
    expect(api.calls.find((call) => call.method === 'imports.cancel')?.input).toEqual({
      jobId: 'j1',
    });
    act(() =>
      api.emit('import.finished', {
        jobId: 'j1',
        report: { imported: [], skipped: [], failed: [], cancelled: true },
      }),
    );

    await waitFor(() =>
      expect(hook.result.current.session && isFinished(hook.result.current.session)).toBe(true),
    );
    expect(api.calls.filter((call) => call.method === 'articles.import')).toHaveLength(1);
    const session = hook.result.current.session;
    expect(session && mergedReport(session).cancelled).toBe(true);
  });
});
