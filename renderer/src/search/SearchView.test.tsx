// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Input, Output } from '../../../shared/api/contract.ts';
import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { SearchView } from './SearchView.tsx';
import { useSearchSession } from './useSearchSession.ts';

afterEach(cleanup);

function hitFor(text: string): SearchHit {
  return {
    article: `a-${text}`,
    title: `Article for ${text}`,
    outlet: 'CGTN',
    language: 'en',
    published: '2017-09-07',
    passageIndex: 0,
    passageStart: 0,
    start: 4,
    end: 4 + text.length,
    text: `Say ${text} <b>here</b>.`,
    score: 1,
  };
}

interface Pending {
  input: Input<'search.query'>;
  resolve: (output: Output<'search.query'>) => void;
}

function Harness({ onOpenHit }: { onOpenHit: (hit: SearchHit) => void }) {
  const session = useSearchSession();
  return <SearchView isHidden={false} session={session} onOpenHit={onOpenHit} />;
}

function renderSearch(opened: SearchHit[] = []) {
  const pending: Pending[] = [];
  const api = createFakeApi({
    'search.query': (input) =>
      new Promise((resolve) => {
        pending.push({ input, resolve });
      }),
    'search.listHistory': () => [],
    'search.addHistory': () => [],
    'search.listSaved': () => [],
    'articles.getFacets': () => ({ outlets: [], languages: [] }),
    'stories.list': () => ({ granularity: 'event', stories: [] }),
  });
  render(
    <ApiProvider client={api}>
      <Harness onOpenHit={(hit) => opened.push(hit)} />
    </ApiProvider>,
  );
  return { api, pending, box: screen.getByRole('combobox', { name: 'Search the library' }) };
}

describe('SearchView', () => {
  it('drops the answer to a query the user has typed past', async () => {
    const { pending, box } = renderSearch();
    fireEvent.change(box, { target: { value: 'first' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.change(box, { target: { value: 'second' } });
    await waitFor(() => expect(pending).toHaveLength(2));

    await act(async () => pending[1]?.resolve({ hits: [hitFor('second')], tookMs: 3 }));
    await act(async () => pending[0]?.resolve({ hits: [hitFor('first')], tookMs: 9 }));

    expect(screen.getByRole('group', { name: 'Article for second' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Article for first' })).toBeNull();
  });

  it('marks the span and renders passages as text, never as HTML', async () => {
    const { pending, box } = renderSearch();
    fireEvent.change(box, { target: { value: 'quote' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]?.resolve({ hits: [hitFor('quote')], tookMs: 2 }));

    expect(document.querySelector('mark')?.textContent).toBe('quote');
    expect(document.querySelector('.hit')?.textContent).toContain('<b>here</b>');
    expect(document.querySelector('.hit b')).toBeNull();
  });

  it('opens the active hit on Enter and remembers the query', async () => {
    const opened: SearchHit[] = [];
    const { api, pending, box } = renderSearch(opened);
    fireEvent.change(box, { target: { value: 'quote' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () =>
      pending[0]?.resolve({ hits: [hitFor('quote'), hitFor('other')], tookMs: 2 }),
    );
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(opened.map((hit) => hit.article)).toEqual(['a-other']);
    expect(api.calls.some((call) => call.method === 'search.addHistory')).toBe(true);
  });
});
