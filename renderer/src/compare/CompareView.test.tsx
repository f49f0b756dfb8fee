// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Passage } from '../../../shared/api/schemas.ts';
import { newCompareViewState } from '../../../shared/compare/view-state.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi, makeArticle } from '../test-support/fake-api.ts';
import { CompareView } from './CompareView.tsx';
import type { CompareSession } from './useCompareSession.ts';

afterEach(cleanup);

const passages = (...texts: string[]): Passage[] =>
  texts.map((text, index) => ({ index, paragraph: index, start: 0, end: text.length, text }));

function renderCompare(showDiff = false) {
  const cgtn = makeArticle({ id: 'c', outlet: 'CGTN', title: 'Chiefs agree' });
  const wire = makeArticle({ id: 'w', outlet: 'Baltic Courier', title: 'Generals agree' });
  const api = createFakeApi({
    'compare.align': () => ({
      pivot: 'c',
      articles: [
        {
          article: cgtn,
          passages: passages('Both agreed to continue talking.', 'Troops <b>gathered</b>.'),
        },
        { article: wire, passages: passages('Both agreed to keep talking.') },
      ],
      rows: [
        { cells: { c: [0], w: [0] }, score: 0.9, reasons: ['words: agreed, talking'] },
        { cells: { c: [1], w: [] }, score: 0, reasons: [] },
      ],
    }),
    'outlets.list': () => [
      { id: 'cgtn', name: 'CGTN', country: 'CN', affiliation: 'state broadcaster', languages: [] },
    ],
  });
  const state = { ...newCompareViewState(['c', 'w'], 'Two chiefs', null), showDiff };
  const session: CompareSession = {
    state,
    isLoaded: true,
    saveError: null,
    open: () => undefined,
    update: () => undefined,
  };
  render(
    <ApiProvider client={api}>
      <CompareView
        session={session}
        onOpenStories={() => undefined}
        onOpenArticle={() => undefined}
      />
    </ApiProvider>,
  );
}

describe('CompareView', () => {
  it('heads each column with its outlet, country and affiliation, or says it is unknown', async () => {
    renderCompare();
    expect((await screen.findByRole('columnheader', { name: /^CGTN:/ })).textContent).toContain(
      'CN · state broadcaster',
    );
    expect(screen.getByRole('columnheader', { name: /^Baltic Courier:/ }).textContent).toContain(
      'unknown outlet',
    );
  });

  it('marks a passage only one column carries and labels the empty cell', async () => {
    renderCompare();
    expect(await screen.findByText('only in CGTN')).toBeTruthy();
    expect(screen.getByText('not reported')).toBeTruthy();
  });

  it('renders imported markup as text, never as HTML', async () => {
    renderCompare();
    expect(await screen.findByText('Troops <b>gathered</b>.')).toBeTruthy();
  });

  it('shows a word diff of near-identical copy with insertions and deletions', async () => {
    renderCompare(true);
    const inserted = await screen.findByText('keep');
    expect(inserted.tagName).toBe('INS');
    expect(screen.getByText('continue').tagName).toBe('DEL');
  });

  it('lists the keyboard shortcuts behind the ? button', async () => {
    renderCompare();
    fireEvent.click(await screen.findByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent).toContain(
      'Next difference',
    );
  });
});
