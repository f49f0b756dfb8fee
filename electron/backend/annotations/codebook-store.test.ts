import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import {
  listCodebooks,
  seedDefaultCodebook,
  updateCode,
  type CodebookFile,
} from './codebook-store.ts';

const v1: CodebookFile = {
  version: 1,
  name: 'Default',
  codes: [
    {
      id: 'frames',
      name: 'Frames',
      color: '#eeeeee',
      children: [{ id: 'economic', name: 'Economic', color: '#aa8800' }],
    },
  ],
};

describe('seedDefaultCodebook', () => {
  it('writes the codebook once, then only the codes a newer release adds', () => {
    const db = openDatabase(':memory:');
    const now = new Date('2026-01-01T00:00:00Z');
    expect(seedDefaultCodebook(db, v1, now)).toBe(true);
    expect(seedDefaultCodebook(db, v1, now)).toBe(false);
    updateCode(db, { id: 'default:economic', name: 'Economy', retired: true });

    const v2: CodebookFile = {
      ...v1,
      version: 2,
      codes: [
        {
          id: 'frames',
          name: 'Frames',
          color: '#eeeeee',
          children: [
            { id: 'economic', name: 'Economic', color: '#aa8800' },
            { id: 'morality', name: 'Morality', color: '#8800aa' },
          ],
        },
      ],
    };
    expect(seedDefaultCodebook(db, v2, now)).toBe(true);
    const [book] = listCodebooks(db);
    expect(book?.codebook).toEqual({
      id: 'default',
      name: 'Default',
      description: '',
      builtIn: true,
    });
    expect(book?.codes.map((c) => [c.id, c.name, c.parentId, c.retired])).toEqual([
      ['default:frames', 'Frames', null, false],
      ['default:economic', 'Economy', 'default:frames', true],
      ['default:morality', 'Morality', 'default:frames', false],
    ]);
    expect(seedDefaultCodebook(db, v2, now)).toBe(false);
  });
});
