// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type {
  ArticleFramingSummary,
  StoryFramingSummary,
} from '../../../../shared/api/framing-report-methods.ts';
import { FRAME_DIMENSIONS } from '../../../../shared/framing/frames.ts';
import { frameLabel } from '../../../../shared/framing-report/labels.ts';
import { ApiProvider } from '../../api/ApiProvider.tsx';
import { createFakeApi, fakeFailure, type FakeApi } from '../../test-support/fake-api.ts';
import { FramingSummaryPanel } from './FramingSummaryPanel.tsx';

afterEach(cleanup);

function article(
  id: string,
  overrides: Partial<ArticleFramingSummary> = {},
): ArticleFramingSummary {
  return {
    articleId: id,
    title: `Title ${id}`,
    outlet: `Outlet ${id}`,
    language: 'en',
    published: null,
    url: null,
    words: 400,
    voices: [],
    quotedWords: 0,
    wordsBySide: [],
    unattributedQuotes: 0,
    credits: [],
    counts: {
      contestedTerms: 0,
      hedges: 0,
      loadedWords: 0,
      metaphors: 0,
      neutralVerbs: 0,
      loadedVerbs: 0,
    },
    hedgesPer1000Words: 0,
    loadedVerbsPer1000Words: 0,
    loadedWordsPer1000Words: 0,
    frames: FRAME_DIMENSIONS.map((dimension) => ({
      dimension,
      label: frameLabel(dimension),
      hits: 0,
      share: 0,
      per1000Words: 0,
    })),
    leadingFrame: null,
    ...overrides,
  };
}

const sputnik = article('s', {
  outlet: 'Sputnik',
  voices: [
    {
      speaker: 'Dmitry Danilov',
      side: 'russia',
      sideLabel: 'Russia',
      direct: 3,
      reported: 2,
      words: 190,
    },
    { speaker: '<b>NATO</b>', side: 'nato', sideLabel: 'NATO', direct: 0, reported: 1, words: 10 },
  ],
  quotedWords: 200,
  wordsBySide: [
    { side: 'russia', label: 'Russia', words: 190, share: 0.95 },
    { side: 'nato', label: 'NATO', words: 10, share: 0.05 },
  ],
  counts: {
    contestedTerms: 1,
    hedges: 5,
    loadedWords: 2,
    metaphors: 3,
    neutralVerbs: 6,
    loadedVerbs: 4,
  },
  hedgesPer1000Words: 12.5,
  loadedVerbsPer1000Words: 10,
  frames: FRAME_DIMENSIONS.map((dimension) => ({
    dimension,
    label: frameLabel(dimension),
    hits: dimension === 'security-defense' ? 6 : dimension === 'political' ? 2 : 0,
    share: dimension === 'security-defense' ? 0.75 : dimension === 'political' ? 0.25 : 0,
    per1000Words: 0,
  })),
  leadingFrame: 'security-defense',
});
const segodnya = article('g', { outlet: 'Segodnya', language: 'ru', title: 'В НАТО объяснили' });

const summary: StoryFramingSummary = {
  articles: [sputnik, segodnya],
  contested: [
    {
      set: 'crimea-2014',
      label: 'Crimea 2014',
      byArticle: {
        s: [
          {
            term: 'reunification',
            count: 2,
            side: 'russia',
            sideLabel: 'Russian usage',
            sideNote: 'Russian government and state media',
          },
        ],
        g: [],
      },
    },
  ],
  contradictions: [
    {
      kind: 'negation',
      why: '"initiative": passage B negates what the other asserts',
      a: {
        articleId: 's',
        passageIndex: 0,
        start: 0,
        end: 20,
        text: "not NATO's initiative",
        passage: "It is not NATO's initiative.",
      },
      b: {
        articleId: 'g',
        passageIndex: 1,
        start: 5,
        end: 30,
        text: 'по инициативе НАТО',
        passage: 'Встреча по инициативе НАТО.',
      },
    },
  ],
};

let api: FakeApi;
let exportReply: () => unknown;

beforeEach(() => {
  exportReply = () => ({
    fileName: 'framing-report-story-2026-01-01.html',
    mimeType: 'text/html;charset=utf-8',
    bytes: 5,
    contentBase64: btoa('<p>x'),
  });
  api = createFakeApi({
    'framing.summarize': () => summary,
    'framing.exportReport': () => exportReply() as never,
  });
});

function renderPanel(onClose = () => undefined) {
  render(
    <ApiProvider client={api}>
      <FramingSummaryPanel
        articleIds={['s', 'g']}
        pivot="s"
        title="Two outlets"
        onClose={onClose}
      />
    </ApiProvider>,
  );
}

describe('FramingSummaryPanel', () => {
  it('shows per outlet the side shares, voices, rates, term choices and frame charts', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: 'Framing by outlet' });
    expect(api.calls[0]).toEqual({
      method: 'framing.summarize',
      input: { articleIds: ['s', 'g'] },
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Measure', 'SputnikenTitle s', 'SegodnyaruВ НАТО объяснили']);
    expect(
      within(table).getByRole('img', { name: 'Quoted words by side: Russia 95%, NATO 5%' }),
    ).toBeTruthy();
    expect(within(table).getByText('No attributed quotes')).toBeTruthy();
    // Speaker names are text, never markup.
    expect(within(table).getByText('<b>NATO</b>')).toBeTruthy();
    const crimea = within(table).getByRole('row', { name: /^Crimea 2014/ });
    expect(crimea.textContent).toContain('reunification×2Russian usage');
    expect(within(crimea).getByText('Russian usage').closest('li')?.getAttribute('title')).toBe(
      'Russian government and state media',
    );
    const hedges = within(table).getByRole('row', { name: /^Hedges/ });
    expect(hedges.textContent).toContain('12.5(5)');
    expect(
      within(table).getByRole('row', { name: /^Loaded reporting verbs/ }).textContent,
    ).toContain('10.0(4 / 6)');
    const charts = screen.getAllByTestId('frame-chart');
    expect(charts).toHaveLength(1);
    expect(within(charts[0]!).getByRole('img').getAttribute('aria-label')).toBe(
      'Frame profile: Security & defence 75%, Political 25%',
    );
    expect(charts[0]!.querySelectorAll('.fs-frames__bar')).toHaveLength(15);
    expect(within(table).getByText('No frame keywords')).toBeTruthy();
  });

  it('computes the summary again when a lexicon entry changes', async () => {
    renderPanel();
    await screen.findByRole('table', { name: 'Framing by outlet' });
    const before = api.calls.filter((c) => c.method === 'framing.summarize').length;
    act(() =>
      api.emit('lexicons.changed', { language: 'en', kind: 'hedge', id: 'x', enabled: false }),
    );
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'framing.summarize').length).toBe(before + 1),
    );
  });

  it('lists contradictions with both passages and the words that disagree marked', async () => {
    renderPanel();
    const list = await screen.findByRole('list', { name: 'Contradictions' });
    const marks = list.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([
      "not NATO's initiative",
      'по инициативе НАТО',
    ]);
    expect(list.textContent).toContain('negation');
    expect(list.querySelector('[lang="ru"]')?.textContent).toBe('Встреча по инициативе НАТО.');
  });

  it('exports the report as HTML with the columns, pivot and title, and downloads it', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:report');
    const revoke = vi.fn();
    URL.createObjectURL = created;
    URL.revokeObjectURL = revoke;
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Export HTML' }));
    expect(await screen.findByText('Exported framing-report-story-2026-01-01.html')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'framing.exportReport')?.input).toEqual({
      articleIds: ['s', 'g'],
      pivot: 's',
      title: 'Two outlets',
      format: 'html',
    });
    expect(click).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0]![0];
    expect(blob.type).toBe('text/html;charset=utf-8');
    expect(await blob.text()).toBe('<p>x');
    click.mockRestore();
  });

  it('says why PDF is not available outside the desktop app', async () => {
    exportReply = () => {
      throw fakeFailure('framing.exportReport', 'unsupported', 'PDF export needs the desktop app.');
    };
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText('PDF export needs the desktop app.')).toBeTruthy();
  });

  it('closes from its close button and with Escape', async () => {
    const onClose = vi.fn();
    renderPanel(onClose);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the framing summary' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Export HTML' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
