// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { AnnotationsView } from './AnnotationsView.tsx';
import { makeRow, testBooks } from './test-data.ts';

afterEach(cleanup);

const rows: AnnotationRow[] = [
  makeRow('r1', { coder: 'anna', codeIds: ['security'], note: 'contact as security' }),
  makeRow('r2', {
    coder: 'boris',
    codeIds: ['morality'],
    articleId: 'seg',
    articleTitle: 'В НАТО объяснили сближение с Россией',
    outlet: 'Segodnya',
    quote: { type: 'TextQuoteSelector', exact: 'линии связи', prefix: '', suffix: '' },
  }),
  makeRow('r3', { coder: 'anna', codeIds: ['economic', 'security'], status: 'orphan' }),
];

function setup() {
  let list = [...rows];
  const api = createFakeApi({
    'annotations.list': () => list,
    'codebooks.list': () => testBooks,
    'annotations.getCoder': () => ({ coder: 'anna' }),
    'annotations.delete': ({ id }) => {
      const gone = list.find((row) => row.id === id) as AnnotationRow;
      list = list.filter((row) => row.id !== id);
      return gone;
    },
    'annotations.restore': ({ annotation }) => {
      list = [...list, rows.find((row) => row.id === annotation.id) as AnnotationRow];
      return annotation;
    },
  });
  const onOpenArticle = vi.fn();
  render(
    <ApiProvider client={api}>
      <AnnotationsView onOpenArticle={onOpenArticle} />
    </ApiProvider>,
  );
  const shownQuotes = () =>
    within(screen.getByRole('table', { name: 'Coded passages' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('q')?.textContent);
  return { api, onOpenArticle, shownQuotes };
}

describe('AnnotationsView', () => {
  it('lists every coded passage with its codes, coder, article and status', async () => {
    const { shownQuotes } = setup();
    await screen.findByRole('table', { name: 'Coded passages' });
    expect(shownQuotes()).toHaveLength(3);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe(
      '3 coded passages · 1 to review',
    );
    const orphan = screen.getByRole('row', { name: /quote r3/ });
    expect(orphan.textContent).toContain('Economic');
    expect(orphan.textContent).toContain('Security and defense');
    expect(orphan.textContent).toContain('To review');
  });

  it('an empty library shows how to begin (mouse or keyboard), with no filters over nothing', async () => {
    render(
      <ApiProvider
        client={createFakeApi({
          'annotations.list': () => [],
          'codebooks.list': () => testBooks,
          'annotations.getCoder': () => ({ coder: 'anna' }),
        })}
      >
        <AnnotationsView onOpenArticle={vi.fn()} />
      </ApiProvider>,
    );
    expect((await screen.findByText('No coded passages yet')).parentElement?.textContent).toMatch(
      /Select words.*Tab to a paragraph and press A/,
    );
    expect(screen.queryByRole('group', { name: 'Filter annotations' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('filters by coder, outlet, code, status and text', async () => {
    const { shownQuotes } = setup();
    await screen.findByRole('table', { name: 'Coded passages' });
    const pick = (name: string, value: string) =>
      fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

    pick('Coder', 'boris');
    expect(shownQuotes()).toEqual(['линии связи']);
    pick('Coder', '');
    pick('Outlet', 'CGTN');
    expect(shownQuotes().sort()).toEqual(['quote r1', 'quote r3']);
    pick('Code', 'economic');
    expect(shownQuotes()).toEqual(['quote r3']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    pick('Status', 'orphan');
    expect(shownQuotes()).toEqual(['quote r3']);
    pick('Status', '');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes and notes' }), {
      target: { value: 'CONTACT as' },
    });
    expect(shownQuotes()).toEqual(['quote r1']);
  });

  it('opens the reader on the passage', async () => {
    const { onOpenArticle } = setup();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Open “линии связи” in the reader' }),
    );
    expect(onOpenArticle).toHaveBeenCalledWith('seg', {
      passageStart: 10,
      passageEnd: 20,
      start: 10,
      end: 10,
    });
  });

  it('deletes with an undo that restores the passage as it was', async () => {
    const { api, shownQuotes } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete annotation “quote r1”' }));
    const toast = await screen.findByText('Annotation deleted.');
    // The panel refetches on the backend's event; the fake emits nothing, so reload by hand.
    api.emit('annotations.changed', { articleIds: ['cgtn'] });
    await waitFor(() => expect(shownQuotes()).not.toContain('quote r1'));
    fireEvent.click(
      within(toast.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(() =>
      expect(api.calls.at(-1)).toMatchObject({
        method: 'annotations.restore',
        input: { annotation: { id: 'r1' } },
      }),
    );
    api.emit('annotations.changed', { articleIds: ['cgtn'] });
    await waitFor(() => expect(shownQuotes()).toContain('quote r1'));
  });
});
