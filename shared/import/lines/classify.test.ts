import { describe, expect, it } from 'vitest';
import type { ArticleLine } from '../../api/schemas.ts';
import { plainLines } from '../document.ts';
import { defaultRuleSet } from '../rules/rule-set.ts';
import { classifyLines, type Classification } from './classify.ts';

const P1 =
  'The European Commission on Tuesday proposed a new package of measures to support farmers hit by the drought.';
const P2 =
  'Officials said the money would be released in two tranches, the first of them before the end of the year.';
const P3 =
  'Critics argued that the plan came too late for many of the smallest producers in the south.';
const RU1 =
  'Министр финансов заявил журналистам, что бюджет на следующий год будет сбалансирован без новых заимствований.';
const RU2 =
  'По его словам, дефицит удалось сократить за счет роста налоговых поступлений и экономии расходов.';

function classify(text: string, titleHint: string | null = null): Classification {
  return classifyLines({
    lines: plainLines(text),
    titleHint,
    registry: { entries: [] },
    rules: defaultRuleSet(),
  });
}

function lineOf(result: Classification, text: string): ArticleLine {
  const line = result.lines.find((l) => l.text.trim() === text);
  if (line === undefined) throw new Error(`no line ${text}`);
  return line;
}

function expectRole(text: string, line: string, role: string, reason?: string): void {
  const found = lineOf(classify(text), line);
  expect(found.role).toBe(role);
  if (reason !== undefined) expect(found.reason).toBe(reason);
}

const article = (...middle: string[]): string =>
  ['Farmers get drought aid from Brussels', ...middle, P1, P2, P3].join('\n');

describe('classifyLines: widgets and labels', () => {
  it('marks share buttons as a share widget', () => {
    const text = article('Share on Facebook', 'Tweet', 'Link copied');
    for (const l of ['Share on Facebook', 'Tweet', 'Link copied'])
      expectRole(text, l, 'chrome', 'share widget');
  });

  it('marks a Russian share button as a share widget', () => {
    expectRole(
      ['Бюджет сбалансирован', 'Поделиться', RU1, RU2].join('\n'),
      'Поделиться',
      'chrome',
      'share widget',
    );
  });

  it('marks a live radio button as a radio widget', () => {
    expectRole(article('Listen Live'), 'Listen Live', 'chrome', 'radio widget');
  });

  it('marks a short-link button as a share widget', () => {
    expectRole(article('Get short URL'), 'Get short URL', 'chrome', 'share widget');
  });

  it('marks an advertisement label between paragraphs', () => {
    const text = ['Drought aid', P1, 'ADVERTISEMENT', P2, P3].join('\n');
    expectRole(text, 'ADVERTISEMENT', 'chrome', 'advertisement label');
  });

  it('marks a Russian advertisement label', () => {
    expectRole(
      ['Бюджет сбалансирован', RU1, 'Реклама', RU2].join('\n'),
      'Реклама',
      'chrome',
      'advertisement label',
    );
  });

  it('marks a READ MORE link inside the body', () => {
    const link = 'READ MORE: Brussels weighs new rules on water use';
    expectRole(
      ['Drought aid', P1, link, P2, P3].join('\n'),
      link,
      'chrome',
      'related link (READ MORE)',
    );
  });

  it('marks a Russian "Читайте также:" link inside the body', () => {
    const link = 'Читайте также: Правительство утвердило прогноз';
    expectRole(['Бюджет', RU1, link, RU2].join('\n'), link, 'chrome', 'related link (READ MORE)');
  });

  it('marks a promotion line', () => {
    const promo = 'Subscribe to our newsletter for the morning briefing';
    expectRole(['Drought aid', P1, P2, promo].join('\n'), promo, 'chrome', 'promotion');
  });

  it('marks comment widgets', () => {
    const text = ['Drought aid', P1, P2, 'Comments (12)', 'Join the discussion'].join('\n');
    expectRole(text, 'Comments (12)', 'chrome', 'comments widget');
    expectRole(text, 'Join the discussion', 'chrome', 'comments widget');
  });

  it('marks a separator', () => {
    expectRole(['Drought aid', P1, '* * *', P2].join('\n'), '* * *', 'chrome', 'separator');
  });

  it('marks a stray JSON-like label', () => {
    expectRole(article('["video"]'), '["video"]', 'chrome', 'stray label');
  });

  it('marks a page clock', () => {
    expectRole(
      ['09:41 GMT +2', ...article().split('\n')].join('\n'),
      '09:41 GMT +2',
      'chrome',
      'page clock',
    );
  });
});

describe('classifyLines: pictures', () => {
  it('marks a line that is only a photo credit as a credit', () => {
    for (const credit of ['Photo: Reuters', '© Example Agency / Jane Doe', 'Фото: РИА Новости']) {
      expectRole(article(credit), credit, 'credit', 'photo credit');
    }
  });

  it('marks a line ending with a photo credit as a caption and collects it', () => {
    const caption =
      'A farmer inspects a dried-up field near Seville, Spain, on July 12, 2022. /VCG Photo';
    const result = classify(['Drought aid', P1, caption, P2, P3].join('\n'));
    expect(lineOf(result, caption).role).toBe('caption');
    expect(result.captions).toEqual([caption]);
  });

  it('marks the second copy of a repeated caption as a duplicate', () => {
    const caption = 'Протестующие у здания парламента в Тбилиси. Фото: Иван Петров';
    const result = classify(['Бюджет', RU1, caption, caption, RU2].join('\n'));
    expect(result.lines[3]).toMatchObject({ role: 'duplicate', reason: 'duplicate of line 3' });
    expect(result.captions).toEqual([caption]);
  });

  it('marks a lead line followed by a picture as the standfirst, kept in the body', () => {
    const lead =
      'Brussels promises help to farmers after the driest summer in five hundred years of records';
    const result = classify(['Drought aid', lead, '', 'Photo: Example Agency', P1, P2].join('\n'));
    expect(lineOf(result, lead).role).toBe('standfirst');
    expect(result.bodyStartIndex).toBe(1);
  });
});

describe('classifyLines: structure', () => {
  it('takes the first headline-like line as the title', () => {
    const result = classify(article('Share'));
    expect(result.titleIndex).toBe(0);
    expect(result.lines[0]).toMatchObject({ role: 'title' });
  });

  it('marks a repeated title as a duplicate', () => {
    const result = classify(
      ['Farmers get drought aid', '', 'Farmers get drought aid', P1, P2].join('\n'),
    );
    expect(result.lines[2]).toMatchObject({ role: 'duplicate', reason: 'repeated title' });
  });

  it('uses a known title to find the title line', () => {
    const result = classify(
      ['Europe', 'Farmers get drought aid', P1, P2].join('\n'),
      'Farmers get drought aid',
    );
    expect(result.titleIndex).toBe(1);
    expect(result.lines[0]?.role).toBe('chrome');
  });

  it('marks short labels above the body as section labels', () => {
    expectRole(article('Politics & Economy'), 'Politics & Economy', 'chrome', 'section label');
  });

  it('marks a long line repeated verbatim in the body as a duplicate of the first', () => {
    const result = classify(['Drought aid', P1, P2, P1, P3].join('\n'));
    expect(result.lines[3]).toMatchObject({ role: 'duplicate', reason: 'duplicate of line 2' });
  });

  it('keeps a short subheading between paragraphs as body', () => {
    expectRole(
      ['Drought aid', P1, 'What comes next', P2, P3].join('\n'),
      'What comes next',
      'body',
    );
  });

  it('marks a short tag left after a related link as a stray tag', () => {
    const text = [
      'Drought aid',
      P1,
      'READ MORE: Spain rations water in Catalonia',
      '',
      'Spain',
      '',
      P2,
      P3,
    ].join('\n');
    expectRole(text, 'Spain', 'chrome', 'stray tag');
  });

  it('keeps every line of a text without prose', () => {
    const result = classify(['Shopping list', 'Bread and butter', 'Two apples'].join('\n'));
    expect(result.lines.map((l) => l.role)).toEqual(['title', 'body', 'body']);
  });
});

describe('classifyLines: below the body', () => {
  it('turns everything after a "Most read" heading into chrome', () => {
    const other =
      'A storm knocked out power to thousands of homes on the coast overnight, officials said.';
    const result = classify(['Drought aid', P1, P2, 'Most read', other, '---'].join('\n'));
    expect(result.lines.slice(3).map((l) => [l.role, l.reason])).toEqual([
      ['chrome', 'unrelated stories heading'],
      ['chrome', 'unrelated story'],
      ['chrome', 'separator'],
    ]);
  });

  it('turns a Russian "Новости партнеров" block into chrome', () => {
    const other = 'В Подмосковье открыли новый мост через реку, сообщили в администрации области.';
    const result = classify(['Бюджет', RU1, RU2, 'Новости партнеров', other].join('\n'));
    expect(result.lines[4]).toMatchObject({ role: 'chrome', reason: 'partner block' });
  });

  it('does not treat a tail heading above the body as the end of the article', () => {
    const result = classify(['Drought aid', 'Related', P1, P2].join('\n'));
    expect(result.lines.slice(2).map((l) => l.role)).toEqual(['body', 'body']);
  });

  it('marks a run of headlines after the body as related links', () => {
    const links = [
      'Spain Rations Water as Reservoirs Hit Record Low',
      'Heatwave Grips Southern Europe for Third Week',
    ];
    const result = classify(['Drought aid', P1, P2, ...links].join('\n'));
    expect(result.lines.slice(3).map((l) => l.reason)).toEqual(['related link', 'related link']);
  });

  it('reads a comma-separated tag list after the body as keywords', () => {
    const result = classify(
      ['Drought aid', P1, P2, 'Agriculture, European Union, drought, Spain'].join('\n'),
    );
    expect(result.lines[3]?.role).toBe('keywords');
    expect(result.keywords).toEqual(['Agriculture', 'European Union', 'drought', 'Spain']);
  });

  it('reads a labelled tag list as keywords', () => {
    const result = classify(['Бюджет', RU1, RU2, 'Теги: Минфин, бюджет'].join('\n'));
    expect(result.keywords).toEqual(['Минфин', 'бюджет']);
  });

  it('reads a tag list that closes a related block as keywords', () => {
    const link = 'Правительство утвердило прогноз на три года';
    const result = classify(
      ['Бюджет', RU1, RU2, 'Читайте также', link, 'Теги: Минфин, бюджет'].join('\n'),
    );
    expect(result.lines[4]).toMatchObject({ role: 'chrome', reason: 'unrelated story' });
    expect(result.lines[5]?.role).toBe('keywords');
    expect(result.keywords).toEqual(['Минфин', 'бюджет']);
  });

  it('keeps a comma-rich sentence in the body', () => {
    const list = 'Spain, Portugal, Italy and Greece were hit hardest, officials said.';
    expectRole(['Drought aid', P1, list, P2].join('\n'), list, 'body');
  });
});
