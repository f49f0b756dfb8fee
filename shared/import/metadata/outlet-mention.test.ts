import { describe, expect, it } from 'vitest';
import { findOutletMention, findOutletMentions, MENTION_CONFIDENCE } from './outlet-mention.ts';
import { loadDefaultRegistry } from './outlet-registry.ts';

const registry = loadDefaultRegistry();
const BODY = 'NATO and Russia agreed to keep military lines of communication open, officials said.';

const mention = (text: string) => {
  const m = findOutletMention(text, registry);
  return m === null ? null : { id: m.entry.id, kind: m.kind, text: m.text };
};

describe('findOutletMention', () => {
  it.each([
    ['PanARMENIAN.Net - A NATO delegation is visiting Moscow.', 'panarmenian', 'PanARMENIAN.Net'],
    ['MOSCOW, Oct 25 (Reuters) - Russia said on Tuesday it would', 'reuters', 'Reuters'],
    ['KYIV (AP) — Ukraine said on Monday', 'ap', 'AP'],
    ['МОСКВА, 8 января. /ТАСС/. Министр обороны заявил', 'tass', 'ТАСС'],
    ['МОСКВА, 8 янв — РИА Новости. Министр обороны заявил', 'ria-novosti', 'РИА Новости'],
    ['Москва. 8 января. INTERFAX.RU - Министр обороны заявил', 'interfax', 'INTERFAX.RU'],
    ['Trend - Azerbaijan and Armenia agreed on Tuesday', 'trend', 'Trend'],
  ])('reads the dateline %j', (line, id, text) => {
    expect(mention(`Title\n\n${line}\n${BODY}`)).toEqual({ id, kind: 'dateline', text });
  });

  it('reads a line that is just the outlet name near the top', () => {
    expect(mention(`Russia, NATO chiefs agree\nCGTN\nShare\n${BODY}`)).toEqual({
      id: 'cgtn',
      kind: 'name-line',
      text: 'CGTN',
    });
  });

  it('does not take a name line far below the top', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}. ${BODY}`).join('\n');
    expect(mention(`${filler}\nCGTN`)).toBeNull();
  });

  it('reads a title that ends with the outlet name', () => {
    expect(mention(`NATO chiefs meet in Baku | Reuters\n${BODY}`)).toEqual({
      id: 'reuters',
      kind: 'title-suffix',
      text: 'Reuters',
    });
  });

  it.each([
    ['political analyst Dmitry Danilov told Radio Sputnik.', 'sputnik', 'Radio Sputnik'],
    ['the expert told Sputnik radio on Friday.', 'sputnik', 'Sputnik'],
    ['Comment via FacebookComment via Sputnik', 'sputnik', 'Sputnik'],
    ['© 2019 RT', 'rt', 'RT'],
    ['Copyright 2017 CGTN. All rights reserved.', 'cgtn', 'CGTN'],
  ])('reads the self-reference %j', (line, id, text) => {
    expect(mention(`Title\n${BODY}\n${line}`)).toEqual({ id, kind: 'self-reference', text });
  });

  it('takes "told Reuters" as a credited source, not as the outlet', () => {
    expect(mention(`Title\n${BODY} The minister told Reuters on Monday.`)).toBeNull();
  });

  it.each([
    ['© Sputnik / Ramil Sitdikov', 'sputnik', 'Sputnik'],
    ['Gerasimov in Moscow on December 22, 2016. /AFP Photo', 'afp', 'AFP'],
    ['Gerasimov in Moscow. AP Photo/Pavel Golovkin', 'ap', 'AP'],
    ['Gerasimov in Moscow. REUTERS/Maxim Shemetov', 'reuters', 'REUTERS'],
    ['Фото: РИА Новости', 'ria-novosti', 'РИА Новости'],
  ])('reads the photo credit %j, with low confidence', (line, id, text) => {
    const found = findOutletMention(`Title\n${BODY}\n${line}`, registry);
    expect(
      found === null ? null : { id: found.entry.id, kind: found.kind, text: found.text },
    ).toEqual({
      id,
      kind: 'photo-credit',
      text,
    });
    expect(found?.confidence).toBe(MENTION_CONFIDENCE['photo-credit']);
  });

  it.each([
    'Reuters and AP are wire agencies that many outlets quote.',
    'The CGTN report was broadcast on Thursday.',
    'Moscow - Kyiv talks resumed on Tuesday.',
  ])('does not take a name inside a sentence as a signature: %j', (line) => {
    expect(mention(`Title\n${line}`)).toBeNull();
  });

  it('prefers a dateline to a photo credit and points at the name', () => {
    const text = `Title\n© Sputnik / Ramil Sitdikov\nPanARMENIAN.Net - ${BODY}`;
    const found = findOutletMention(text, registry);
    expect(found?.entry.id).toBe('panarmenian');
    expect(found?.line).toBe(3);
    expect(text.slice(found?.index ?? 0).startsWith('PanARMENIAN.Net')).toBe(true);
  });
});

describe('findOutletMentions', () => {
  it('lists every mention once per line, in line order', () => {
    const lines = ['Title', '© Sputnik / Ramil Sitdikov', BODY, 'He told Radio Sputnik.'];
    expect(findOutletMentions(lines, registry).map((m) => [m.line, m.kind])).toEqual([
      [2, 'photo-credit'],
      [4, 'self-reference'],
    ]);
  });

  it('is fast on a long article', () => {
    const lines = ['Title', 'CGTN', ...Array.from({ length: 30 }, () => `${BODY} ${BODY} ${BODY}`)];
    const { performance } = globalThis as unknown as { performance: { now(): number } };
    const start = performance.now();
    for (let i = 0; i < 100; i++) findOutletMentions(lines, registry);
    expect((performance.now() - start) / 100).toBeLessThan(2);
  });
});
