import { describe, expect, it } from 'vitest';
import type { Code, Codebook } from '../../../shared/api/annotation-methods.ts';
import { codeForShortcut, codeLines, filterCodeLines } from './code-tree.ts';

const book: Codebook = { id: 'b', name: 'Frames', description: '', builtIn: true };
function code(id: string, name: string, extra: Partial<Code> = {}): Code {
  return {
    id,
    codebookId: 'b',
    parentId: null,
    name,
    description: '',
    color: '#123456',
    shortcut: null,
    retired: false,
    usage: 0,
    ...extra,
  };
}
const codes = [
  code('econ', 'Economic'),
  code('sec', 'Security and defense', { shortcut: '2' }),
  code('fear', 'Appeal to fear', { parentId: 'sec', description: 'threat, danger' }),
  code('old', 'Old code', { retired: true, shortcut: '3' }),
  code('pol', 'Política'),
];

describe('codeLines', () => {
  it('lists children under their parent with their depth and path', () => {
    const lines = codeLines([{ codebook: book, codes }]);
    expect(lines.map((line) => [line.code.id, line.depth])).toEqual([
      ['econ', 0],
      ['sec', 0],
      ['fear', 1],
      ['old', 0],
      ['pol', 0],
    ]);
    expect(lines[2]?.path).toEqual(['Security and defense']);
  });
});

describe('filterCodeLines', () => {
  const lines = codeLines([{ codebook: book, codes }]);
  it('hides retired codes unless the passage has them', () => {
    expect(filterCodeLines(lines, '').map((l) => l.code.id)).not.toContain('old');
    expect(filterCodeLines(lines, '', new Set(['old'])).map((l) => l.code.id)).toContain('old');
  });
  it('matches names first, then descriptions and parents, ignoring case and accents', () => {
    expect(filterCodeLines(lines, 'SECUR').map((l) => l.code.id)).toEqual(['sec', 'fear']);
    expect(filterCodeLines(lines, 'danger').map((l) => l.code.id)).toEqual(['fear']);
    expect(filterCodeLines(lines, 'politica').map((l) => l.code.id)).toEqual(['pol']);
  });
  it('finds the live code of a number key', () => {
    expect(codeForShortcut(lines, '2')?.id).toBe('sec');
    expect(codeForShortcut(lines, '3')).toBeNull();
  });
});
