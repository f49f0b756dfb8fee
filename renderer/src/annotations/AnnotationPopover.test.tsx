// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Annotation } from '../../../shared/api/annotation-methods.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { AnnotationPopover, placement, type PopoverTarget } from './AnnotationPopover.tsx';
import { makeRow, testBooks } from './test-data.ts';

afterEach(cleanup);

const span: PopoverTarget = {
  span: { articleId: 'cgtn', start: 40, end: 71, text: 'military lines of communication' },
  anchor: () => null,
};

function setup(target: PopoverTarget = span) {
  const created: Annotation = makeRow('new');
  const api = createFakeApi({
    'annotations.getCoder': () => ({ coder: 'anna' }),
    'annotations.create': () => created,
    'annotations.update': (input) => ({ ...created, ...input, id: input.id }) as Annotation,
    'annotations.delete': ({ id }) => ({ ...created, id }),
  });
  const onClose = vi.fn();
  const onSaved = vi.fn();
  render(
    <ApiProvider client={api}>
      <AnnotationPopover target={target} books={testBooks} onClose={onClose} onSaved={onSaved} />
    </ApiProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const filter = within(dialog).getByRole('combobox', { name: 'Find a code' });
  const options = () =>
    within(dialog)
      .getAllByRole('option')
      .map((option) => option.textContent);
  return { api, onClose, onSaved, dialog, filter, options };
}

describe('AnnotationPopover', () => {
  it('offers live codes nested under their parents, retired ones left out', () => {
    const { options } = setup();
    expect(options()).toEqual(['Economic', 'Security and defense2', 'Appeal to fear', 'Morality5']);
  });

  it('leaves the page selection alone until the user types, then takes the keys', () => {
    const { filter, onClose } = setup();
    expect(document.activeElement).not.toBe(filter);
    fireEvent.keyDown(document.body, { key: 'm' });
    expect(document.activeElement).toBe(filter);
    expect((filter as HTMLInputElement).value).toBe('m');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    // Focus is in the popover now: Escape there closes it too.
    fireEvent.keyDown(filter, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says who codes: the current coder for a new passage, the author of an existing one', async () => {
    setup();
    expect((await screen.findByText(/· as anna/)).textContent).toBe(' · as anna');
    cleanup();
    setup({ annotation: makeRow('a1', { coder: 'boris' }), anchor: () => null });
    expect(screen.getByRole('dialog', { name: 'Edit coded passage' }).textContent).toContain(
      '· by boris',
    );
  });

  it('applies a number key pressed on the page', () => {
    const { dialog } = setup();
    fireEvent.keyDown(document.body, { key: '2' });
    expect(within(dialog).getByRole('list', { name: 'Chosen codes' }).textContent).toContain(
      'Security and defense',
    );
  });

  it('filters as the user types, and offers to make a code that does not exist', () => {
    const { filter, options } = setup();
    fireEvent.change(filter, { target: { value: 'DANGER' } });
    expect(options()).toEqual(['Appeal to fear · Security and defense', '+New code “DANGER”']);
    fireEvent.change(filter, { target: { value: 'morality' } });
    expect(options()).toEqual(['Morality5']);
  });

  it('picks codes with arrows and Enter, and toggles them off again', () => {
    const { dialog, filter } = setup();
    fireEvent.keyDown(filter, { key: 'ArrowDown' });
    fireEvent.keyDown(filter, { key: 'Enter' });
    const chosen = () => within(dialog).queryByRole('list', { name: 'Chosen codes' });
    expect(chosen()?.textContent).toContain('Security and defense');
    expect(
      screen.getByRole('option', { name: /Security and defense/ }).getAttribute('aria-selected'),
    ).toBe('true');
    fireEvent.keyDown(filter, { key: 'Enter' });
    expect(chosen()).toBeNull();
  });

  it('applies a code by its number key without typing the digit', () => {
    const { dialog, filter } = setup();
    fireEvent.keyDown(filter, { key: '5' });
    fireEvent.keyDown(filter, { key: '2' });
    const chosen = within(dialog).getByRole('list', { name: 'Chosen codes' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Morality×', 'Security and defense×']);
    // A digit no code holds is typed as usual.
    fireEvent.keyDown(filter, { key: '7' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
  });

  it('saves with Ctrl+Enter: the span, the codes, the note and the colour', async () => {
    const { api, dialog, filter, onSaved } = setup();
    fireEvent.keyDown(filter, { key: '2' });
    fireEvent.change(within(dialog).getByLabelText('Note'), {
      target: { value: 'security need' },
    });
    fireEvent.click(within(dialog).getByLabelText('Colour #d6336c'));
    fireEvent.keyDown(filter, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ articleId: 'cgtn' }));
    expect(api.calls.at(-1)).toEqual({
      method: 'annotations.create',
      input: {
        articleId: 'cgtn',
        start: 40,
        end: 71,
        codeIds: ['security'],
        note: 'security need',
        color: '#d6336c',
      },
    });
  });

  it('refuses to save a passage with neither code nor note, and closes on Escape', () => {
    const { api, dialog, onClose } = setup();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Pick a code or write a note.');
    expect(api.calls.filter((call) => call.method !== 'annotations.getCoder')).toEqual([]);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('edits an existing passage and deletes it, handing back what was deleted', async () => {
    const row = makeRow('a1', { codeIds: ['old', 'morality'], note: 'first note' });
    const { api, dialog, onSaved } = setup({ annotation: row, anchor: () => null });
    expect(within(dialog).getByRole('list', { name: 'Chosen codes' }).textContent).toContain(
      'Old frame',
    );
    // The retired code stays offered on the passage that has it.
    expect(within(dialog).getByRole('option', { name: /Old frame/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.calls.at(-1)).toEqual({ method: 'annotations.delete', input: { id: 'a1' } });
    expect(onSaved.mock.calls[0]?.[0].deleted.id).toBe('a1');
  });
});

describe('placement', () => {
  const viewport = { width: 1200, height: 800 };
  it('goes below the passage when it fits, else above it, clear of the button over it', () => {
    expect(placement({ top: 100, bottom: 120, left: 300, right: 700 }, 400, viewport)).toEqual({
      top: 128,
      left: 300,
    });
    expect(placement({ top: 600, bottom: 620, left: 300, right: 700 }, 400, viewport)).toEqual({
      top: 156,
      left: 300,
    });
  });
  it('goes beside a passage it cannot sit above or below, and stays on screen', () => {
    expect(placement({ top: 300, bottom: 420, left: 100, right: 700 }, 500, viewport)).toEqual({
      top: 256,
      left: 708,
    });
    expect(placement({ top: 300, bottom: 420, left: 700, right: 1150 }, 500, viewport)).toEqual({
      top: 256,
      left: 332,
    });
    expect(placement({ top: 1500, bottom: 1520, left: 40, right: 400 }, 400, viewport)).toEqual({
      top: 392,
      left: 408,
    });
  });
});
