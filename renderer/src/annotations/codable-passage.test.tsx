// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { ArticleBody } from '../reader/ArticleBody.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { AnnotationScope } from './AnnotationScope.tsx';
import { isCodeKey } from './codable-passage.ts';
import { makeRow, testBooks } from './test-data.ts';

afterEach(cleanup);

const body =
  'Talks resumed on Monday.\n\n' +
  '  Russia and NATO agreed to keep military lines of communication open.';
const second = body.indexOf('Russia');

function setup(rows: AnnotationRow[] = []) {
  const api = createFakeApi({
    'annotations.list': () => rows,
    'codebooks.list': () => testBooks,
    'annotations.getCoder': () => ({ coder: 'anna' }),
    'annotations.create': (input) => ({ ...makeRow('new'), ...(input as object) }),
  });
  render(
    <ApiProvider client={api}>
      <AnnotationScope articleIds={['cgtn']}>
        <ArticleBody body={body} language="en" />
      </AnnotationScope>
    </ApiProvider>,
  );
  return { api };
}

const passages = () => Array.from(document.querySelectorAll<HTMLElement>('p[data-passage]'));

describe('coding by keyboard', () => {
  it('makes each paragraph a tab stop that screen readers describe, only where coding is possible', () => {
    setup();
    expect(passages()).toHaveLength(2);
    const [first] = passages();
    expect(first?.tabIndex).toBe(0);
    expect(first?.getAttribute('aria-keyshortcuts')).toBe('A');
    const hint = document.getElementById(first?.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Press A to code this passage.');
    cleanup();
    // An old version, shown outside the scope, is read-only text.
    render(<ArticleBody body={body} language="en" />);
    expect(passages()).toEqual([]);
    expect(document.querySelector('p[tabindex]')).toBeNull();
  });

  it('A on a focused paragraph codes the whole of it, trimmed; focus moves in and comes back', async () => {
    const { api } = setup();
    const paragraph = passages()[1]!;
    paragraph.focus();
    fireEvent.keyDown(paragraph, { key: 'a' });
    const dialog = await screen.findByRole('dialog', { name: 'Code passage' });
    expect(dialog.textContent).toContain(
      'Russia and NATO agreed to keep military lines of communication open.',
    );
    const filter = within(dialog).getByRole('combobox');
    await waitFor(() => expect(document.activeElement).toBe(filter));
    fireEvent.keyDown(filter, { key: '2' });
    fireEvent.keyDown(filter, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'annotations.create')?.input).toEqual({
        articleId: 'cgtn',
        start: second,
        end: body.length,
        codeIds: ['security'],
        note: '',
        color: null,
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(passages()[1]));
    expect(screen.getByTestId('annotation-announcement').textContent).toBe('Passage coded.');
    expect(screen.getByTestId('annotation-announcement').getAttribute('aria-live')).toBe('polite');
  });

  it('A on a focused highlight codes the highlighted words; Escape closes and refocuses it', async () => {
    const { api } = setup([
      makeRow('a1', {
        start: second + 31,
        end: second + 62,
        codeIds: ['morality'],
        quote: {
          type: 'TextQuoteSelector',
          exact: 'military lines of communication',
          prefix: 'agreed to keep ',
          suffix: ' open.',
        },
      }),
    ]);
    const mark = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('mark.anno[tabindex="0"]');
      if (!found) throw new Error('no highlight yet');
      return found;
    });
    mark.focus();
    fireEvent.keyDown(mark, { key: 'A' });
    const dialog = await screen.findByRole('dialog', { name: 'Code passage' });
    expect(dialog.textContent).toContain('military lines of communication');
    fireEvent.keyDown(within(dialog).getByRole('combobox'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(mark));
    expect(api.calls.some((call) => call.method === 'annotations.create')).toBe(false);
  });

  it('takes the A key on a Russian layout (Ф) but not the Q that AZERTY puts there', async () => {
    expect(
      isCodeKey({ key: 'ф', code: 'KeyA', ctrlKey: false, metaKey: false, altKey: false }),
    ).toBe(true);
    expect(
      isCodeKey({ key: 'q', code: 'KeyA', ctrlKey: false, metaKey: false, altKey: false }),
    ).toBe(false);
    expect(
      isCodeKey({ key: 'a', code: 'KeyQ', ctrlKey: false, metaKey: false, altKey: false }),
    ).toBe(true);
    expect(
      isCodeKey({ key: 'a', code: 'KeyA', ctrlKey: true, metaKey: false, altKey: false }),
    ).toBe(false);
    setup();
    const paragraph = passages()[0]!;
    paragraph.focus();
    fireEvent.keyDown(paragraph, { key: 'ф', code: 'KeyA' });
    expect(await screen.findByRole('dialog', { name: 'Code passage' })).toBeTruthy();
  });

  it('leaves Ctrl+A and keys typed elsewhere alone', () => {
    setup();
    const paragraph = passages()[0]!;
    paragraph.focus();
    fireEvent.keyDown(paragraph, { key: 'a', ctrlKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
