// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ArticleQuery } from '../../../shared/api/schemas.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi, fakeFailure, makeArticle } from '../test-support/fake-api.ts';
import { LibraryView } from './LibraryView.tsx';

afterEach(cleanup);

function renderLibrary(total: number) {
  const api = createFakeApi({
    'articles.list': (query: ArticleQuery) => {
      const matches = query.languages?.includes('de') ? 0 : total;
      return {
        total: matches,
        items: Array.from({ length: Math.min(matches, 3) }, () => makeArticle()),
      };
    },
    'articles.getFacets': () => ({
      outlets: [{ value: 'Reuters', count: total }],
      languages: [
        { value: 'en', count: total },
        { value: 'de', count: 0 },
      ],
    }),
  });
  render(
    <ApiProvider client={api}>
      <LibraryView
        isHidden={false}
        onOpenArticle={() => undefined}
        onImport={() => undefined}
        onCompare={() => undefined}
      />
    </ApiProvider>,
  );
  return api;
}

describe('LibraryView', () => {
  it('invites an import when the library is empty', async () => {
    renderLibrary(0);
    expect(await screen.findByText('Your library is empty')).toBeTruthy();
  });

  it('tells apart an empty filter result from an empty library', async () => {
    const api = renderLibrary(5);
    expect(await screen.findByText('5 articles')).toBeTruthy();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Language' }), {
      target: { value: 'de' },
    });
    expect(await screen.findByText('No articles match these filters')).toBeTruthy();
    expect(
      api.calls.some(
        (call) =>
          call.method === 'articles.list' &&
          JSON.stringify(call.input).includes('"languages":["de"]'),
      ),
    ).toBe(true);
  });

  it('sorts by a column when its header is clicked', async () => {
    const api = renderLibrary(5);
    fireEvent.click(await screen.findByRole('button', { name: /Published/ }));
    await screen.findByText('5 articles');
    const header = screen.getByRole('columnheader', { name: /Published/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const lastList = api.calls.filter((call) => call.method === 'articles.list').at(-1);
    expect(lastList?.input).toMatchObject({ sort: 'published', direction: 'desc' });
  });
});

describe('LibraryView when the backend fails', () => {
  it('shows the envelope message instead of a blank table', async () => {
    const api = createFakeApi({
      'articles.list': () =>
        Promise.reject(fakeFailure('articles.list', 'internal', 'database is locked')),
      'articles.getFacets': () => ({ outlets: [], languages: [] }),
    });
    render(
      <ApiProvider client={api}>
        <LibraryView
          isHidden={false}
          onOpenArticle={() => undefined}
          onImport={() => undefined}
          onCompare={() => undefined}
        />
      </ApiProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('database is locked');
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
