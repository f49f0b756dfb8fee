import { describe, expect, it } from 'vitest';
import { chunksOf, keptStretches, mapOffset, unmapOffset } from './text-diff.ts';
import type { KeptMap } from './text-diff.ts';

/** Every kept stretch is the same text on both sides, and the stretches never overlap. */
function expectConsistent(oldBody: string, newBody: string, map: KeptMap) {
  for (const k of map.byOld) {
    expect(newBody.slice(k.newStart, k.newStart + k.length)).toBe(
      oldBody.slice(k.oldStart, k.oldStart + k.length),
    );
  }
  for (let i = 1; i < map.byOld.length; i += 1) {
    const [p, k] = [map.byOld[i - 1]!, map.byOld[i]!];
    expect(p.oldStart + p.length).toBeLessThanOrEqual(k.oldStart);
  }
  for (let i = 1; i < map.byNew.length; i += 1) {
    const [p, k] = [map.byNew[i - 1]!, map.byNew[i]!];
    expect(p.newStart + p.length).toBeLessThanOrEqual(k.newStart);
  }
  expect(map.byNew).toHaveLength(map.byOld.length);
}

const paragraphs = [
  'The central bank raised its key rate on Friday. Officials said more rises were possible.',
  'Critics called the decision "reckless." They warned of bankruptcies among small firms!',
  'The ministry declined to comment. A spokesman said the budget would be revised…',
  'Markets fell sharply after the announcement. The rouble recovered by the evening.',
];

describe('chunksOf', () => {
  it('cuts text into sentences, lines and the whitespace between them, losing nothing', () => {
    const body = paragraphs.join('\n\n');
    const chunks = chunksOf(body);
    expect(chunks.map((c) => c.text).join('')).toBe(body);
    for (const c of chunks) expect(body.slice(c.start, c.start + c.text.length)).toBe(c.text);
    const words = chunks.filter((c) => !c.blank).map((c) => c.text);
    expect(words).toContain('Critics called the decision "reckless."');
    expect(words).toContain('They warned of bankruptcies among small firms!');
    expect(words).toContain('A spokesman said the budget would be revised…');
    expect(chunks.filter((c) => c.blank).map((c) => c.text)).toContain('\n\n');
  });
});

describe('keptStretches', () => {
  it('follows paragraphs that moved, each to its new place', () => {
    const oldBody = paragraphs.join('\n\n');
    const newBody = [...paragraphs].reverse().join('\n\n');
    const map = keptStretches(oldBody, newBody);
    expectConsistent(oldBody, newBody, map);
    for (const paragraph of paragraphs) {
      const from = oldBody.indexOf(paragraph);
      const to = newBody.indexOf(paragraph);
      const start = mapOffset(map, from, false);
      const end = mapOffset(map, from + paragraph.length, true);
      expect(start).toEqual({ at: to, exact: true });
      expect(end).toEqual({ at: to + paragraph.length, exact: true });
      expect(unmapOffset(map, to, to + 20)).toBe(from);
    }
  });

  it('maps word edits inside a sentence word by word', () => {
    const oldBody = paragraphs.join('\n\n');
    const newBody = oldBody
      .replace('raised its key rate', 'raised its main rate')
      .replace('Markets fell sharply', 'Stocks fell sharply');
    const map = keptStretches(oldBody, newBody);
    expectConsistent(oldBody, newBody, map);
    const at = oldBody.indexOf('key rate on Friday') + 'key '.length;
    expect(mapOffset(map, at, false)).toEqual({
      at: newBody.indexOf('rate on Friday'),
      exact: true,
    });
    expect(mapOffset(map, oldBody.indexOf('key'), false).exact).toBe(false);
  });

  it('never matches a repeated sentence by the order of its copies', () => {
    const repeated = 'Prices kept rising.';
    const oldBody = [
      `Moscow reported first. ${repeated} Wages did not follow.`,
      'Filler paragraph one.',
      `Kazan reported next. ${repeated} Pensions were frozen.`,
    ].join('\n\n');
    // The Moscow paragraph loses its copy; the Kazan one keeps its copy.
    const newBody = [
      'Moscow reported first. Wages did not follow.',
      'Filler paragraph one.',
      `Kazan reported next. ${repeated} Pensions were frozen.`,
      'A new closing line.',
    ].join('\n\n');
    const map = keptStretches(oldBody, newBody);
    expectConsistent(oldBody, newBody, map);
    const kazanOld = oldBody.lastIndexOf(repeated);
    const kazanNew = newBody.lastIndexOf(repeated);
    expect(mapOffset(map, kazanOld, false)).toEqual({ at: kazanNew, exact: true });
    expect(unmapOffset(map, kazanNew, kazanNew + repeated.length)).toBe(kazanOld);
    // The Moscow copy is not mapped onto Kazan's.
    expect(mapOffset(map, oldBody.indexOf(repeated), false).at).not.toBe(kazanNew);
  });

  it('keeps every stretch consistent under random edits, moves and repeats', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const words = ['the', 'rate', 'bank', 'rose', 'fell', 'said', 'Moscow', 'prices', 'war'];
    const sentence = () =>
      Array.from({ length: 3 + Math.floor(next() * 6) }, () => words[Math.floor(next() * 9)]).join(
        ' ',
      ) + (next() < 0.8 ? '.' : '!');
    for (let run = 0; run < 40; run += 1) {
      const paras = Array.from({ length: 3 + Math.floor(next() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, sentence).join(' '),
      );
      const edited = paras.map((p) =>
        next() < 0.3 ? p.replace(/\w+/, 'changed') : next() < 0.2 ? `${sentence()} ${p}` : p,
      );
      if (next() < 0.5) edited.reverse();
      if (next() < 0.3) edited.splice(Math.floor(next() * edited.length), 1);
      const oldBody = paras.join('\n\n');
      const newBody = edited.join('\n\n');
      expectConsistent(oldBody, newBody, keptStretches(oldBody, newBody));
    }
  });
});
