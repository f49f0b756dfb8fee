import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../../../shared/api/annotation-methods.ts';
import { annotationColor, annotationLabel, annotationRuns, textOn, withAlpha } from './runs.ts';

function note(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: 'a1',
    articleVersion: 1,
    codeIds: [],
    note: 'n',
    color: null,
    coder: 'me',
    start,
    end,
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    status: 'anchored',
    confidence: 1,
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

const text = 'The quick brown fox jumps';
// Body offsets start at 100 for this stretch.
describe('annotationRuns', () => {
  it('leaves a stretch without annotations whole', () => {
    expect(annotationRuns(text, 100, [])).toEqual([
      { start: 100, end: 125, text, covering: [], starting: [] },
    ]);
  });

  it('cuts at the boundaries of overlapping passages and stacks them outermost first', () => {
    const outer = note('outer', 104, 119); // "quick brown fox"
    const inner = note('inner', 110, 125); // "brown fox jumps"
    const runs = annotationRuns(text, 100, [inner, outer]);
    expect(runs.map((run) => run.text)).toEqual(['The ', 'quick ', 'brown fox', ' jumps']);
    expect(runs.map((run) => run.covering.map((a) => a.id))).toEqual([
      [],
      ['outer'],
      ['outer', 'inner'],
      ['inner'],
    ]);
    expect(runs.map((run) => run.starting.map((a) => a.id))).toEqual([
      [],
      ['outer'],
      ['inner'],
      [],
    ]);
  });

  it('clips a passage that started in an earlier stretch and labels it at the stretch start', () => {
    const runs = annotationRuns(text, 100, [note('long', 50, 103)]);
    expect(runs[0]).toMatchObject({ text: 'The', starting: [{ id: 'long' }] });
  });

  it('does not draw orphans or passages elsewhere in the body', () => {
    const runs = annotationRuns(text, 100, [
      note('orphan', 104, 109, { status: 'orphan' }),
      note('later', 200, 210),
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.covering).toEqual([]);
  });
});

describe('colours and labels', () => {
  const codes = new Map<string, Code>([
    [
      'c1',
      {
        id: 'c1',
        codebookId: 'b',
        parentId: null,
        name: 'Security',
        description: '',
        color: '#1c7ed6',
        shortcut: '1',
        retired: false,
        usage: 1,
      },
    ],
  ]);
  it("uses the passage's own colour, else its first known code's", () => {
    expect(annotationColor({ color: '#ff0000', codeIds: ['c1'] }, codes)).toBe('#ff0000');
    expect(annotationColor({ color: null, codeIds: ['gone', 'c1'] }, codes)).toBe('#1c7ed6');
  });
  it('names the codes, or says note', () => {
    expect(annotationLabel({ codeIds: ['c1'], note: '' }, codes)).toBe('Security');
    expect(annotationLabel({ codeIds: [], note: 'why' }, codes)).toBe('note');
  });
  it('turns hex into rgba and picks a readable label colour', () => {
    expect(withAlpha('#1c7ed6', 0.2)).toBe('rgba(28, 126, 214, 0.2)');
    expect(textOn('#f3e600')).toBe('#111318');
    expect(textOn('#1b2a80')).toBe('#ffffff');
  });
});
