// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { LexiconFileView } from '../../../shared/api/lexicon-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi, fakeFailure } from '../test-support/fake-api.ts';
import { LexiconsView } from './LexiconsView.tsx';
import { openLexiconEntry } from './lexicon-target.ts';

afterEach(cleanup);

function file(language: string, kind: LexiconFileView['kind']): LexiconFileView {
  const entries: LexiconFileView['entries'] =
    language === 'en' && kind === 'hedge'
      ? [
          {
            id: 'reportedly',
            pattern: 'reportedly',
            why: 'Distances.',
            enabled: true,
            origin: 'shipped',
          },
          {
            id: 'allegedly',
            pattern: ['allegedly', 'alleged'],
            why: 'Casts doubt.',
            enabled: false,
            origin: 'edited',
            shipped: { id: 'allegedly', pattern: 'allegedly', why: 'Casts doubt.', enabled: true },
          },
          { id: 'user-mine', pattern: 'mine', why: 'Mine.', enabled: true, origin: 'added' },
        ]
      : [{ id: 'x', pattern: 'x', why: 'x', enabled: true, origin: 'shipped' }];
  return {
    language,
    kind,
    version: '1.0.0',
    source: 'Hyland (1998), written by the Parallax authors',
    licence: 'CC0-1.0',
    note: null,
    counts: {
      total: entries.length,
      enabled: entries.filter((e) => e.enabled).length,
      edited: entries.filter((e) => e.origin === 'edited').length,
      added: entries.filter((e) => e.origin === 'added').length,
    },
    problem: null,
    entries,
  };
}

function renderView() {
  const api = createFakeApi({
    'lexicons.list': (input) => {
      const all = [file('en', 'contested-term'), file('en', 'hedge'), file('ru', 'hedge')].filter(
        (f) =>
          (!input.language || f.language === input.language) &&
          (!input.kind || f.kind === input.kind),
      );
      return input.headersOnly ? all.map((f) => ({ ...f, entries: [] })) : all;
    },
    'lexicons.setEnabled': (input) => ({
      id: input.id,
      pattern: 'reportedly',
      why: 'Distances.',
      enabled: input.enabled,
      origin: 'edited',
    }),
    'lexicons.resetEntry': () => ({ entry: null }),
    'lexicons.saveEntry': () =>
      Promise.reject(
        fakeFailure(
          'lexicons.saveEntry',
          'invalid_input',
          'entry.pattern: a wildcard needs at least 3 letters before "*"',
        ),
      ),
  });
  render(
    <ApiProvider client={api}>
      <LexiconsView />
    </ApiProvider>,
  );
  return api;
}

async function openHedges() {
  const files = await screen.findByRole('navigation', { name: 'Lexicon files' });
  const english = await within(files).findByRole('group', { name: 'English' });
  fireEvent.click(within(english).getByRole('button', { name: /^Hedges/ }));
  return screen.findByRole('switch', { name: 'Enabled: reportedly' });
}

describe('LexiconsView', () => {
  it('shows a file with its header, origins, and a search over its entries', async () => {
    renderView();
    await openHedges();
    expect(screen.getByText('Hyland (1998), written by the Parallax authors')).toBeTruthy();
    expect(screen.getByText('CC0-1.0')).toBeTruthy();
    expect(screen.getByText('edited')).toBeTruthy();
    expect(screen.getByText('added')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Enabled: allegedly' })).toHaveProperty(
      'checked',
      false,
    );
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search entries' }), {
      target: { value: 'doubt' },
    });
    expect(screen.queryByRole('switch', { name: 'Enabled: reportedly' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Enabled: allegedly' })).toBeTruthy();
  });

  it('toggles, resets and deletes through the contract', async () => {
    const api = renderView();
    const toggle = await openHedges();
    fireEvent.click(toggle);
    expect(toggle).toHaveProperty('checked', false);
    expect(api.calls.at(-1)).toEqual({
      method: 'lexicons.setEnabled',
      input: { language: 'en', kind: 'hedge', id: 'reportedly', enabled: false },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to shipped allegedly' }));
    expect(api.calls.at(-1)?.method).toBe('lexicons.resetEntry');
    fireEvent.click(screen.getByRole('button', { name: 'Delete mine' }));
    expect(api.calls.at(-1)).toEqual({
      method: 'lexicons.resetEntry',
      input: { language: 'en', kind: 'hedge', id: 'user-mine' },
    });
  });

  it('shows the backend’s reason when a new entry is refused', async () => {
    renderView();
    await openHedges();
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    fireEvent.change(screen.getByLabelText('Patterns, one per line'), { target: { value: 'ab*' } });
    fireEvent.change(screen.getByLabelText('Why it is flagged (shown in the tooltip)'), {
      target: { value: 'test' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save new entry' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/entry\.pattern: .*3 letters/);
  });

  it('opens the entry asked for from a highlight in the edit form', async () => {
    openLexiconEntry({ language: 'en', kind: 'hedge', id: 'allegedly' });
    renderView();
    expect(await screen.findByRole('heading', { name: 'Edit entry allegedly' })).toBeTruthy();
    expect(screen.getByLabelText('Patterns, one per line')).toHaveProperty(
      'value',
      'allegedly\nalleged',
    );
  });
});
