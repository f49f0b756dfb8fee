// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ArticleDetail } from '../../../shared/api/schemas.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi, fakeFailure, makeArticle } from '../test-support/fake-api.ts';
import { ReaderView } from './ReaderView.tsx';

afterEach(cleanup);

const detail: ArticleDetail = {
  article: makeArticle({
    id: 'ru1',
    title: 'В НАТО объяснили сближение с Россией',
    language: 'ru',
    outlet: 'Сегодня',
  }),
  body: 'Первый абзац.\n\nВторой абзац <b>не HTML</b>.',
  lines: [
    { line: 1, text: 'В НАТО объяснили сближение с Россией', role: 'title', reason: 'title' },
    { line: 2, text: 'Share', role: 'chrome', reason: 'share widget' },
    { line: 3, text: 'Первый абзац.', role: 'body', reason: null },
    { line: 4, text: 'Второй абзац <b>не HTML</b>.', role: 'body', reason: null },
  ],
  passages: [],
};

function renderReader(
  updateMetadata = () =>
    Promise.reject(
      fakeFailure('articles.updateMetadata', 'invalid_input', 'title cannot be empty'),
    ),
) {
  const api = createFakeApi({
    'articles.get': () => detail,
    'outlets.list': () => [],
    'articles.updateMetadata': updateMetadata,
  });
  render(
    <ApiProvider client={api}>
      <ReaderView articleId="ru1" onBack={() => undefined} />
    </ApiProvider>,
  );
  return api;
}

describe('ReaderView landing on a search hit', () => {
  it('marks the matched span inside the passage and keeps paragraphs mapped to body offsets', async () => {
    const api = createFakeApi({ 'articles.get': () => detail, 'outlets.list': () => [] });
    const passageStart = detail.body.indexOf('Второй');
    const start = detail.body.indexOf('абзац <b>');
    render(
      <ApiProvider client={api}>
        <ReaderView
          articleId="ru1"
          onBack={() => undefined}
          target={{ passageStart, passageEnd: detail.body.length, start, end: start + 5 }}
        />
      </ApiProvider>,
    );
    const mark = await screen.findByText('абзац', { selector: 'mark' });
    expect(mark.closest('[data-testid="reader-target"]')?.textContent).toBe(
      'Второй абзац <b>не HTML</b>.',
    );
    expect(mark.closest('p')?.dataset.start).toBe(String(passageStart));
    expect(document.querySelector('.article-body b')).toBeNull();
  });
});

describe('ReaderView', () => {
  it('renders the body as text paragraphs, never as HTML', async () => {
    renderReader();
    expect(await screen.findByText('Второй абзац <b>не HTML</b>.')).toBeTruthy();
    expect(document.querySelector('.article-body b')).toBeNull();
  });

  it('reveals removed lines labelled with role and reason', async () => {
    renderReader();
    fireEvent.click(await screen.findByRole('switch'));
    expect(screen.getByText('chrome · share widget')).toBeTruthy();
    expect(screen.getByText('Share')).toBeTruthy();
  });

  it('shows the envelope message inline when saving fails', async () => {
    renderReader();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), {
      target: { value: 'Segodnya' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('title cannot be empty');
  });

  it('says why when the article cannot be loaded', async () => {
    const api = createFakeApi({
      'articles.get': () =>
        Promise.reject(fakeFailure('articles.get', 'not_found', 'no article ru1')),
    });
    render(
      <ApiProvider client={api}>
        <ReaderView articleId="ru1" onBack={() => undefined} />
      </ApiProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('no article ru1');
  });
});
