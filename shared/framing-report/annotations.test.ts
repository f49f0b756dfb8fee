import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../api/annotation-methods.ts';
import { toReportAnnotations } from './annotations.ts';

const code = (id: string, name: string, color: string): Code => ({
  id,
  codebookId: 'b',
  parentId: null,
  name,
  description: '',
  color,
  shortcut: null,
  retired: false,
  usage: 1,
});

const annotation = (overrides: Partial<Annotation>): Annotation => ({
  id: 'n1',
  articleId: 'a',
  articleVersion: 1,
  codeIds: ['c1', 'gone', 'c2'],
  note: 'who started it',
  color: null,
  coder: 'anna',
  start: 10,
  end: 20,
  quote: { type: 'TextQuoteSelector', exact: 'initiative', prefix: '', suffix: '' },
  status: 'anchored',
  confidence: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe('toReportAnnotations', () => {
  const codes = [code('c1', 'Attribution', '#aa0000'), code('c2', 'Security', '#0000aa')];

  it('names the codes with their colours, in the annotation’s order, dropping unknown ids', () => {
    expect(toReportAnnotations([annotation({})], codes)).toEqual([
      {
        id: 'n1',
        articleId: 'a',
        start: 10,
        end: 20,
        quote: 'initiative',
        codes: [
          { name: 'Attribution', color: '#aa0000' },
          { name: 'Security', color: '#0000aa' },
        ],
        note: 'who started it',
        coder: 'anna',
        color: null,
      },
    ]);
  });

  it('lists an orphan with its quote but gives it no span to mark', () => {
    const [orphan] = toReportAnnotations([annotation({ status: 'orphan' })], codes);
    expect(orphan).toMatchObject({ start: 0, end: 0, quote: 'initiative' });
  });
});
