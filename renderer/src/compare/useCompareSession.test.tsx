// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { newCompareViewState } from '../../../shared/compare/view-state.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { useCompareSession } from './useCompareSession.ts';

afterEach(cleanup);

function setup(saved: unknown) {
  const api = createFakeApi({
    'settings.getViewState': () => ({ state: saved }),
    'settings.setViewState': () => ({ ok: true as const }),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={api}>{children}</ApiProvider>
  );
  return { api, ...renderHook(() => useCompareSession(), { wrapper }) };
}

describe('useCompareSession', () => {
  it('restores the comparison saved before a restart', async () => {
    const saved = newCompareViewState(['a', 'b', 'c'], 'NATO', 'story-1');
    const { result } = setup(saved);
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    expect(result.current.state).toEqual(saved);
  });

  it('starts empty when the saved state no longer fits', async () => {
    const { result } = setup({ columns: 'not a list' });
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    expect(result.current.state).toBeNull();
  });

  it('saves every change of pivot, columns or toggles', async () => {
    const { api, result } = setup(newCompareViewState(['a', 'b'], 'NATO', null));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    act(() => result.current.update({ pivot: 'b', showDiff: true }));
    const saves = api.calls.filter((call) => call.method === 'settings.setViewState');
    expect(saves.at(-1)?.input).toMatchObject({
      view: 'compare',
      state: { columns: ['a', 'b'], pivot: 'b', showDiff: true },
    });
  });
});
