import { describe, expect, it } from 'vitest';
import { planBatches, screenFiles, type PickedFile } from './read-files.ts';

const picked = (name: string, size = 10): PickedFile => ({
  name,
  file: new File([new Uint8Array(size)], name),
});

describe('read-files', () => {
  it('refuses files that are not articles, with a reason', () => {
    const { accepted, refused } = screenFiles([picked('a.txt'), picked('b.HTML'), picked('c.pdf')]);
    expect(accepted.map((file) => file.name)).toEqual(['a.txt', 'b.HTML']);
    expect(refused).toEqual([{ file: 'c.pdf', error: expect.stringContaining('accepted') }]);
  });

  it('ignores hidden system files inside folders', () => {
    const { accepted, refused } = screenFiles([
      picked('news/.DS_Store'),
      picked('news/.git/x.txt'),
    ]);
    expect(accepted).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('keeps batches near 4 MB and sends a huge file alone', () => {
    const mb = 1024 * 1024;
    const batches = planBatches([
      picked('a', 3 * mb),
      picked('b', 2 * mb),
      picked('c', 50 * mb),
      picked('d', 1),
    ]);
    expect(batches.map((batch) => batch.map((file) => file.name))).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d'],
    ]);
  });

  it('caps a batch at 250 small files', () => {
    const files = Array.from({ length: 600 }, (_, i) => picked(`${i}.txt`, 1));
    expect(planBatches(files).map((batch) => batch.length)).toEqual([250, 250, 100]);
  });
});
