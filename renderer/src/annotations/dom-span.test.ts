// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { rangeToBodySpan, trimSpan } from './dom-span.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Body "Первый абзац. The quick brown fox." drawn as pieces, framing spans nested inside. */
function mount() {
  document.body.innerHTML = `
    <div id="root" data-article="a1">
      <p><span class="frame-tags">Security</span><span data-offset="0">Первый <span class="cue">абзац</span>.</span></p>
      <p><span data-offset="15">The </span><mark data-offset="19" data-label="Code"><span class="cue">quick</span> brown</mark><span data-offset="30"> fox.</span></p>
    </div>
    <div data-article="a2"><span data-offset="7">other</span></div>`;
  return document.getElementById('root') as HTMLElement;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function rangeOver(
  root: HTMLElement,
  startText: string,
  startAt: number,
  endText: string,
  endAt: number,
) {
  const nodes = textNodes(root);
  const first = nodes.find((node) => node.data === startText);
  const last = nodes.find((node) => node.data === endText);
  if (!first || !last) throw new Error('missing text node');
  const range = document.createRange();
  range.setStart(first, startAt);
  range.setEnd(last, endAt);
  return range;
}

describe('rangeToBodySpan', () => {
  it('maps a selection across nested spans to body offsets', () => {
    const root = mount();
    // "абзац" (inside a cue span) … "qui" (inside a mark, inside a cue span)
    const span = rangeToBodySpan(rangeOver(root, 'абзац', 0, 'quick', 3), root);
    expect(span).toEqual({ articleId: 'a1', start: 7, end: 22, text: 'абзац.The qui' });
  });

  it('skips text outside the pieces, like frame tags', () => {
    const root = mount();
    const span = rangeToBodySpan(rangeOver(root, 'Security', 2, 'Первый ', 3), root);
    expect(span).toMatchObject({ start: 0, end: 3, text: 'Пер' });
  });

  it('keeps to the article where the selection starts', () => {
    const root = mount();
    const range = rangeOver(root, ' fox.', 1, ' fox.', 4);
    range.setEnd(textNodes(document.body).find((n) => n.data === 'other') as Text, 3);
    expect(rangeToBodySpan(range, document.body)).toMatchObject({
      articleId: 'a1',
      start: 31,
      end: 35,
      text: 'fox.',
    });
  });

  it('returns null for a selection of no body text', () => {
    const root = mount();
    expect(rangeToBodySpan(rangeOver(root, 'Security', 0, 'Security', 4), root)).toBeNull();
  });
});

describe('trimSpan', () => {
  it('drops the spaces a drag past a word picks up', () => {
    expect(trimSpan({ articleId: 'a', start: 10, end: 18, text: ' brown  ' })).toEqual({
      articleId: 'a',
      start: 11,
      end: 16,
      text: 'brown',
    });
    expect(trimSpan({ articleId: 'a', start: 1, end: 3, text: '  ' })).toBeNull();
  });
});
