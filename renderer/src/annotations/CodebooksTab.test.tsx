// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Code } from '../../../shared/api/annotation-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { CodebooksTab } from './CodebooksTab.tsx';
import { makeCode, testBooks } from './test-data.ts';

afterEach(cleanup);

function setup() {
  const api = createFakeApi({
    'codes.update': (input) => ({ ...makeCode(input.id, 'x'), ...input }) as Code,
    'codes.merge': () => ({ moved: 3 }),
    'codes.create': (input) => makeCode('new', input.name),
    'codebooks.create': (input) => ({
      id: 'b2',
      builtIn: false,
      name: input.name,
      description: input.description ?? '',
    }),
  });
  const onShowPassages = vi.fn();
  render(
    <ApiProvider client={api}>
      <CodebooksTab books={testBooks} isLoading={false} onShowPassages={onShowPassages} />
    </ApiProvider>,
  );
  const row = (name: string) =>
    screen
      .getAllByRole('row')
      .find((r) => r.querySelector('td')?.textContent?.startsWith(name)) as HTMLElement;
  return { api, row, onShowPassages };
}

describe('CodebooksTab', () => {
  it('lists codes nested, with retired ones marked', () => {
    const { row } = setup();
    expect(screen.getByRole('heading', { name: 'Media frames' })).toBeTruthy();
    expect(row('Old frame').textContent).toContain('retired');
    expect(
      within(row('Old frame')).getByRole('button', { name: 'Restore Old frame' }),
    ).toBeTruthy();
  });

  it('merges a code into another picked one', async () => {
    const { api, row } = setup();
    fireEvent.click(within(row('Morality')).getByRole('button', { name: /Merge Morality/ }));
    const target = screen.getByRole('combobox', { name: 'Merge into' });
    // A code is not offered as its own target, nor are retired ones.
    const offered = within(target)
      .getAllByRole('option')
      .map((option) => option.textContent?.trim());
    expect(offered).not.toContain('Morality');
    expect(offered).not.toContain('Old frame');
    fireEvent.change(target, { target: { value: 'security' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(api.calls.at(-1)).toEqual({
        method: 'codes.merge',
        input: { sourceIds: ['morality'], targetId: 'security' },
      }),
    );
  });

  it('retires, sets a shortcut, and adds a sub-code under its parent', async () => {
    const { api, row } = setup();
    fireEvent.click(within(row('Economic')).getByRole('button', { name: 'Retire Economic' }));
    await waitFor(() =>
      expect(api.calls.at(-1)).toEqual({
        method: 'codes.update',
        input: { id: 'economic', retired: true },
      }),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Shortcut key for Economic' }), {
      target: { value: '7' },
    });
    await waitFor(() =>
      expect(api.calls.at(-1)).toEqual({
        method: 'codes.update',
        input: { id: 'economic', shortcut: '7' },
      }),
    );
    fireEvent.click(
      within(row('Security and defense')).getByRole('button', {
        name: 'Add a code under Security and defense',
      }),
    );
    const name = screen.getByRole('textbox', { name: 'New code under Security and defense' });
    fireEvent.change(name, { target: { value: 'Deterrence' } });
    fireEvent.submit(name.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(api.calls.at(-1)).toMatchObject({
        method: 'codes.create',
        input: { codebookId: 'frames', name: 'Deterrence', parentId: 'security' },
      }),
    );
  });
});
