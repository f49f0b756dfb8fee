// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { AnnotatedText } from './AnnotatedText.tsx';
import { AnnotationScope } from './AnnotationScope.tsx';
import { makeRow, testBooks } from './test-data.ts';

afterEach(cleanup);

// "Russia and NATO agreed to keep military lines of communication open." from offset 0.
const text = 'Russia and NATO agreed to keep military lines of communication open.';

function setup(rows: AnnotationRow[], articleIds = ['cgtn']) {
  let list = rows;
  const api = createFakeApi({
    'annotations.list': () => list,
    'codebooks.list': () => testBooks,
    'annotations.getCoder': () => ({ coder: 'anna' }),
  });
  render(
    <ApiProvider client={api}>
      <AnnotationScope articleIds={articleIds}>
        {articleIds.map((id) => (
          <p key={id} data-article={id}>
            <AnnotatedText text={text} start={0} cues={[]} articleId={id} />
          </p>
        ))}
      </AnnotationScope>
    </ApiProvider>,
  );
  return {
    api,
    setRows: (next: AnnotationRow[]) => {
      list = next;
    },
  };
}

const marks = () => Array.from(document.querySelectorAll<HTMLElement>('mark.anno'));

describe('AnnotationScope', () => {
  it('draws coded passages with their code labels, overlaps stacked, orphans left out', async () => {
    setup([
      makeRow('outer', { start: 31, end: 62, codeIds: ['security'] }),
      makeRow('inner', { start: 40, end: 67, codeIds: ['morality'] }),
      makeRow('lost', { start: 0, end: 6, status: 'orphan' }),
    ]);
    await waitFor(() => expect(marks()).toHaveLength(3));
    expect(marks().map((mark) => [mark.textContent, mark.dataset.annotationIds])).toEqual([
      ['military ', 'outer'],
      ['lines of communication', 'outer inner'],
      [' open', 'inner'],
    ]);
    expect(marks().map((mark) => mark.dataset.label ?? null)).toEqual([
      'Security and defense',
      'Morality',
      null,
    ]);
    // The text itself is unchanged: labels are drawn by CSS, not inserted.
    expect(document.querySelector('p')?.textContent).toBe(text);
  });

  it('redraws when annotations of its articles change elsewhere', async () => {
    const { api, setRows } = setup([]);
    await waitFor(() => expect(api.calls.some((c) => c.method === 'annotations.list')).toBe(true));
    expect(marks()).toHaveLength(0);
    setRows([makeRow('new', { start: 0, end: 6 })]);
    api.emit('annotations.changed', { articleIds: ['other'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marks()).toHaveLength(0);
    api.emit('annotations.changed', { articleIds: ['cgtn'] });
    await waitFor(() => expect(marks().map((mark) => mark.textContent)).toEqual(['Russia']));
  });

  it('opens a highlight for editing on a click', async () => {
    setup([makeRow('a1', { start: 11, end: 15, note: 'the alliance' })]);
    await waitFor(() => expect(marks()).toHaveLength(1));
    fireEvent.click(marks()[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Edit coded passage' });
    expect((dialog.querySelector('textarea') as HTMLTextAreaElement).value).toBe('the alliance');
  });

  it('tells a multi-article view how many passages lost their place', async () => {
    setup(
      [
        makeRow('lost', { status: 'orphan' }),
        makeRow('lost2', { status: 'orphan', articleId: 'seg' }),
      ],
      ['cgtn', 'seg'],
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      '2 coded passages in these articles lost their place',
    );
  });
});
