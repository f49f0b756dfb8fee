import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, guardCell, parseCsv, parseCsvRecords, toCsv, unguardCell } from './csv.ts';
import { sampleBundle } from './test-fixtures.ts';

describe('toCsv', () => {
  const bundle = sampleBundle();
  const csv = toCsv(bundle);

  it('writes a BOM, the header and one CRLF-terminated row per (annotation, code)', () => {
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    const { records, error } = parseCsvRecords(csv.slice(1));
    expect(error).toBeNull();
    // a1: 1 code, a2: 2 codes, a3: note only (1 row), a4: 1 code.
    expect(records).toHaveLength(1 + 5);
    expect(records.slice(1).map((r) => r.cells[0])).toEqual(['a1', 'a2', 'a2', 'a3', 'a4']);
    expect(records.slice(1).map((r) => r.cells[5])).toEqual([
      'Economic',
      'Loaded language',
      'Economic',
      '',
      'Economic',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(toCsv(bundle, { bom: false }).startsWith('annotation_id,')).toBe(true);
  });

  it('leaves the offsets of an orphan empty, since they point into a text that has changed', () => {
    const bundle = sampleBundle();
    const [lost, ...rest] = bundle.annotations;
    if (!lost) throw new Error('no annotation');
    const withOrphan = {
      ...bundle,
      annotations: [{ ...lost, status: 'orphan' as const }, ...rest],
    };
    const { records } = parseCsvRecords(toCsv(withOrphan, { bom: false }));
    const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const [orphan, anchored] = records.slice(1);
    expect([orphan?.cells[column('start')], orphan?.cells[column('end')]]).toEqual(['', '']);
    expect(orphan?.cells[column('status')]).toBe('orphan');
    expect(anchored?.cells[column('start')]).toMatch(/^\d+$/);
    const [back] = parseCsv(toCsv(withOrphan)).items;
    expect(back?.position).toBeNull();
    expect(back?.quote.exact).toBe(lost.quote.exact);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csv).toContain('"Bank raises rate, ""again"""');
    expect(csv).toContain('"Daily, Herald"');
    expect(csv).toContain('"Quote, with ""marks"",\nand a line break"');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csv).toContain(",'=SUM(A1) looks like a formula,");
    expect(guardCell('=1+1')).toBe("'=1+1");
    expect(guardCell('+7 495')).toBe("'+7 495");
    expect(guardCell('-minus')).toBe("'-minus");
    expect(guardCell('@user')).toBe("'@user");
    expect(guardCell('\tTab')).toBe("'\tTab");
    expect(guardCell("'=already")).toBe("''=already");
    expect(guardCell("it's fine")).toBe("it's fine");
    for (const v of ['=1+1', "'=x", "''@y", 'plain', "'quoted'", '-']) {
      expect(unguardCell(guardCell(v))).toBe(v);
    }
  });
});

describe('parseCsv', () => {
  it('round-trips an export: same annotations, codes, notes, offsets and coders', () => {
    const bundle = sampleBundle();
    const { items, problems } = parseCsv(toCsv(bundle));
    expect(problems).toEqual([]);
    expect(items.map((i) => i.sourceId)).toEqual(['a1', 'a2', 'a3', 'a4']);
    const codeName = new Map(bundle.codes.map((c) => [c.id, c.name]));
    items.forEach((item, k) => {
      const a = bundle.annotations[k];
      expect(item.articleId).toBe(a?.articleId);
      expect(item.quote.exact).toBe(a?.quote.exact);
      expect(item.note).toBe(a?.note);
      expect(item.coder).toBe(a?.coder);
      expect(item.position).toEqual({ type: 'TextPositionSelector', start: a?.start, end: a?.end });
      expect(item.codes.map((c) => c.name)).toEqual(a?.codeIds.map((id) => codeName.get(id)));
      expect(item.createdAt).toBe(a?.createdAt);
    });
    // a2's first row holds a line break in its note, so its second row starts on line 5.
    expect(items[1]?.item).toBe('lines 3, 5');
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const header = CSV_COLUMNS.join(',');
    const row = (id: string, code: string, quote: string, start: string, end: string) =>
      [id, 'art-en', 'T', '', '', code, quote, '', 'ann', start, end, 'anchored', ''].join(',');
    const text = [
      header,
      row('x1', 'Economic', 'key rate', '28', '36'),
      'too,few,cells',
      row('x2', 'Economic', 'key rate', 'ten', '36'),
      row('x3', '', 'key rate', '', ''),
      row('x4', 'Economic', '', '1', '2'),
      row('x1', 'Loaded language', 'another quote', '28', '36'),
      row('x5', 'Economic', 'no position', '', ''),
    ].join('\n');
    const { items, problems } = parseCsv(text);
    expect(items.map((i) => i.sourceId)).toEqual(['x5']);
    expect(problems).toEqual([
      { item: 'line 3', reason: 'expected 13 cells, found 3' },
      { item: 'line 7', reason: 'annotation x1: its quote differs from line 2' },
      {
        item: 'line 4',
        reason: 'start and end must be whole numbers with start < end (got "ten", "36")',
      },
      { item: 'line 5', reason: 'neither a code nor a note' },
      { item: 'line 6', reason: 'no quote' },
    ]);
    expect(items[0]?.position).toBeNull();
  });

  it('reports a missing column, an empty file and an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2').problems[0]?.reason).toMatch(
      /missing column\(s\): article_id, quote/,
    );
    expect(parseCsv('').problems[0]?.reason).toBe('the file is empty');
    const open = CSV_COLUMNS.join(',') + '\nx,art,"never closed';
    expect(parseCsv(open).problems[0]?.reason).toMatch(/line 2: a quoted cell is never closed/);
  });
});
