import { describe, expect, it } from 'vitest';
import { creditCuesSchema, findCredits } from './credits.ts';
import { parseRegistry } from './outlet-registry.ts';
import rawCues from '../../data/credit-cues.json' with { type: 'json' };

describe('findCredits', () => {
  it.each([
    ['A NATO delegation is visiting Moscow, AP reports.', 'AP'],
    ['The talks went well, AP reported on Tuesday.', 'AP'],
    ['According to Reuters, the talks went well.', 'Reuters'],
    ['He said on Thursday as quoted by Reuters.', 'Reuters'],
    ['Xinhua news agency reported.', 'Xinhua'],
    ['"We are ready," the general told Reuters.', 'Reuters'],
    ['MOSCOW, Oct 25 (Reuters) - Russia said on Tuesday', 'Reuters'],
    ['KYIV (AP) — Ukraine said', 'AP'],
    ['Переговоры прошли успешно, сообщает ТАСС.', 'TASS'],
    ['Об этом передает РИА Новости.', 'RIA Novosti'],
    ['По данным Интерфакса, встреча состоится в январе.', 'Interfax'],
    ['Об этом рассказал Интерфаксу источник.', 'Interfax'],
    ['The drill was reported by AFP.', 'AFP'],
    ["La réunion a eu lieu mardi, selon l'AFP.", 'AFP'],
    ['according to the Associated Press', 'AP'],
    ['сообщает агентство «Интерфакс»', 'Interfax'],
    ['Про це повідомляє Укрінформ.', 'Ukrinform'],
    ['Про це повідомляє УНІАН.', 'UNIAN'],
    ['Die Gespräche seien gut verlaufen, berichtete die Nachrichtenagentur dpa.', 'dpa'],
    ['Las conversaciones fueron positivas, según EFE.', 'EFE'],
    ['I colloqui sono andati bene, riferisce ANSA.', 'ANSA'],
    ['the minister told Anadolu Agency', 'Anadolu'],
    ['Kyodo News reported on Monday', 'Kyodo'],
    ['Yonhap reported, citing military officials.', 'Yonhap'],
    ['МОСКВА, 8 января. /ТАСС/. Министр заявил', 'TASS'],
    ['МОСКВА, 8 янв — РИА Новости. Министр заявил', 'RIA Novosti'],
    ['Trend reports that the minister arrived in Baku.', 'Trend'],
    ['BelTA reported that the president met the delegation.', 'BelTA'],
  ])('credits %j to %s', (text, agency) => {
    expect(findCredits(text)).toEqual([agency]);
  });

  it('lists agencies in order of first mention, once each', () => {
    const text =
      'AFP reported it first. Later, according to Reuters, ... AFP said again. TASS reported.';
    expect(findCredits(text)).toEqual(['AFP', 'Reuters', 'TASS']);
  });

  it.each([
    'Russian President Vladimir Putin (C) shakes hands with Gerasimov. /AFP Photo',
    'a Reuters photographer was injured',
    'Reuters and AP are wire agencies.',
    'the trend reported by analysts continues',
    'CNN reported that the meeting took place.',
    'Reuters/Ipsos poll shows',
  ])('does not take %j as a credit', (text) => {
    expect(findCredits(text)).toEqual([]);
  });

  it('leaves out excluded outlets, by name or id', () => {
    const text = 'political analyst Dmitry Danilov told Radio Sputnik, according to RIA Novosti';
    expect(findCredits(text)).toEqual(['Sputnik', 'RIA Novosti']);
    expect(findCredits(text, { exclude: ['Sputnik'] })).toEqual(['RIA Novosti']);
    expect(findCredits(text, { exclude: ['ria-novosti'] })).toEqual(['Sputnik']);
  });

  it('takes its agencies from the registry, not from a fixed list', () => {
    const registry = parseRegistry({
      header: { kind: 'parallax.outlets', version: 1, source: 'test; CC0' },
      outlets: [
        {
          id: 'baltic-wire',
          name: 'Baltic Wire',
          aliases: ['BW'],
          domains: [],
          country: 'LV',
          languages: ['en'],
          affiliation: 'news agency',
        },
        {
          id: 'daily',
          name: 'The Daily',
          aliases: [],
          domains: [],
          country: 'LV',
          languages: ['en'],
          affiliation: 'private',
        },
      ],
    });
    expect(
      findCredits('BW reported on Monday, according to The Daily and Reuters.', { registry }),
    ).toEqual(['Baltic Wire']);
  });

  it('takes its phrases from the cue data', () => {
    const cues = creditCuesSchema.parse({ ...rawCues, before: ['whispered'], after: [] });
    expect(findCredits('as whispered Reuters', { cues })).toEqual(['Reuters']);
    expect(findCredits('according to Reuters', { cues })).toEqual([]);
  });
});
