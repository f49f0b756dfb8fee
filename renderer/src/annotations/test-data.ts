/** Codebooks and annotation rows for component tests. */
import type { AnnotationRow, Code, Codebook } from '../../../shared/api/annotation-methods.ts';
import type { CodebookEntry } from './useCodebooks.ts';

export function makeCode(id: string, name: string, extra: Partial<Code> = {}): Code {
  return {
    id,
    codebookId: 'frames',
    parentId: null,
    name,
    description: '',
    color: '#1c7ed6',
    shortcut: null,
    retired: false,
    usage: 0,
    ...extra,
  };
}

const frames: Codebook = {
  id: 'frames',
  name: 'Media frames',
  description: '',
  builtIn: true,
};

export const testBooks: CodebookEntry[] = [
  {
    codebook: frames,
    codes: [
      makeCode('economic', 'Economic', { color: '#2f9e44' }),
      makeCode('security', 'Security and defense', { shortcut: '2', color: '#1c7ed6' }),
      makeCode('fear', 'Appeal to fear', { parentId: 'security', description: 'threat, danger' }),
      makeCode('morality', 'Morality', { shortcut: '5', color: '#d6336c' }),
      makeCode('old', 'Old frame', { retired: true }),
    ],
  },
];

export function makeRow(id: string, extra: Partial<AnnotationRow> = {}): AnnotationRow {
  return {
    id,
    articleId: 'cgtn',
    articleVersion: 1,
    codeIds: ['security'],
    note: '',
    color: null,
    coder: 'anna',
    start: 10,
    end: 20,
    quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: 'before ', suffix: ' after' },
    status: 'anchored',
    confidence: 1,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    articleTitle: 'Russia, NATO military chiefs agree',
    outlet: 'CGTN',
    published: null,
    ...extra,
  };
}
