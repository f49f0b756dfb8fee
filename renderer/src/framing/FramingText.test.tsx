// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi, type FakeApi } from '../test-support/fake-api.ts';
import { FramingText } from './FramingText.tsx';
import { useFraming } from './useFraming.ts';

afterEach(cleanup);

const text = 'Officials reportedly said the <b>regime</b> fell.';
const at = (word: string) => text.indexOf(word);
const cue = (kind: FramingCue['kind'], word: string, extra: Partial<FramingCue> = {}) => ({
  article: 'a1',
  kind,
  start: at(word),
  end: at(word) + word.length,
  text: word,
  detail: `why ${word}`,
  ...extra,
});
const cues: FramingCue[] = [
  cue('hedge', 'reportedly', { entryId: 'reportedly', language: 'en', lexiconKind: 'hedge' }),
  cue('reporting-verb', 'said'),
  cue('contested-term', 'regime'),
];

function renderText(api: FakeApi = createFakeApi({})) {
  render(
    <ApiProvider client={api}>
      <p>
        <FramingText text={text} start={0} cues={cues} />
      </p>
    </ApiProvider>,
  );
  return api;
}

const spans = () => [...document.querySelectorAll<HTMLElement>('.cue')];

describe('FramingText', () => {
  it('keeps the text as text and gives the stretch one tab stop', () => {
    renderText();
    expect(document.querySelector('p')?.textContent).toBe(text);
    expect(document.querySelector('b')).toBeNull();
    expect(spans().map((s) => s.tabIndex)).toEqual([0, -1, -1]);
    expect(spans().some((s) => s.hasAttribute('title'))).toBe(false);
  });

  it('explains a focused highlight in a tooltip that describes it, arrows move, Esc closes', () => {
    renderText();
    const [first, second] = spans();
    act(() => first!.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Hedge');
    expect(tooltip.textContent).toContain('why reportedly');
    expect(first!.getAttribute('aria-describedby')).toBe(tooltip.id);

    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    expect(screen.getByRole('tooltip').textContent).toContain('Reporting verb');
    expect(first!.hasAttribute('aria-describedby')).toBe(false);

    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('regime');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on hover, and a lexicon cue offers to disable its entry', () => {
    const api = renderText(
      createFakeApi({
        'lexicons.setEnabled': (input) => ({
          id: input.id,
          pattern: 'reportedly',
          why: 'x',
          enabled: input.enabled,
          origin: 'edited' as const,
        }),
      }),
    );
    fireEvent.mouseOver(spans()[2]!);
    expect(screen.getByRole('tooltip').textContent).toContain('Contested term');
    expect(screen.queryByRole('button', { name: 'Disable this entry' })).toBeNull();

    const hedge = spans()[0]!;
    act(() => hedge.focus());
    fireEvent.keyDown(hedge, { key: 'Enter' });
    const disable = screen.getByRole('button', { name: 'Disable this entry' });
    expect(document.activeElement).toBe(disable);
    fireEvent.click(disable);
    expect(api.calls.at(-1)).toEqual({
      method: 'lexicons.setEnabled',
      input: { language: 'en', kind: 'hedge', id: 'reportedly', enabled: false },
    });
  });
});

function Probe() {
  const { cues: shown } = useFraming(['a1']);
  return <output>{shown.map((c) => c.text).join(',')}</output>;
}

describe('useFraming', () => {
  it('drops a disabled entry’s cues at once and refetches after a lexicon edit', async () => {
    let answer = (): Promise<FramingCue[]> => Promise.resolve(cues);
    const api = createFakeApi({ 'framing.analyze': () => answer() });
    render(
      <ApiProvider client={api}>
        <Probe />
      </ApiProvider>,
    );
    expect(await screen.findByText('reportedly,said,regime')).toBeTruthy();
    // The refetch hangs: the disabled entry's cue is gone before it answers.
    answer = () => new Promise(() => undefined);
    act(() =>
      api.emit('lexicons.changed', {
        language: 'en',
        kind: 'hedge',
        id: 'reportedly',
        enabled: false,
      }),
    );
    expect(screen.getByText('said,regime')).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'framing.analyze')).toHaveLength(2);
  });
});
