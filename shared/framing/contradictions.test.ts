import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/segment.ts';
import { contradictions } from './contradictions.ts';
import { findPhrase, readSeed, truthFraming } from './testing/seeds.ts';

function sentenceWith(
  file: string,
  phrase: string,
): { text: string; phraseStart: number; phraseEnd: number } {
  const text = readSeed(file).replace(/\u00a0/g, ' ');
  const at = findPhrase(text, phrase);
  const s = splitSentences(text, 'en').find((x) => x.start <= at.start && at.end <= x.end);
  if (s === undefined) throw new Error(`no sentence holds ${phrase}`);
  return {
    text: text.slice(s.start, s.end),
    phraseStart: at.start - s.start,
    phraseEnd: at.end - s.start,
  };
}

describe('contradictions', () => {
  it('does not take two outlets reporting different statements for a contradicted claim', () => {
    const found = contradictions(
      'NATO has not said that the bilateral cooperation has been unfrozen.',
      'The bloc also said it would step up its cooperation with Kiev.',
      'en',
      'en',
    );
    expect(found.filter((c) => c.kind === 'negation')).toEqual([]);
  });

  it('reads "the first contact since 2014" as agreeing with "no contact since 2014"', () => {
    const found = contradictions(
      'It was the first high-level military contact between Russia and NATO since April 2014.',
      'Высшие военные руководители Альянса и России не общались ни разу с 2014 года.',
      'en',
      'ru',
    );
    expect(found.filter((c) => c.kind === 'negation')).toEqual([]);
    const plain = contradictions(
      'The military chiefs of Russia and NATO held contact by phone.',
      'The military chiefs of Russia and NATO held no contact by phone.',
      'en',
      'en',
    );
    expect(plain.map((c) => c.kind)).toContain('negation');
  });

  it('finds the truth "initiative" contradiction between the two phrases\' sentences', () => {
    const truth = truthFraming.find((f) => f.id === 'initiative');
    const [first, second] = truth?.phrases ?? [];
    const a = sentenceWith(first?.[0] ?? '', first?.[1] ?? '');
    const b = sentenceWith(second?.[0] ?? '', second?.[1] ?? '');
    const found = contradictions(a.text, b.text, 'en', 'en');
    const hit = found.find(
      (c) =>
        c.kind === 'negation' &&
        c.spanA.start < a.phraseEnd &&
        a.phraseStart < c.spanA.end &&
        c.spanB.start < b.phraseEnd &&
        b.phraseStart < c.spanB.end,
    );
    expect(hit?.why).toMatch(/initiative/);
  });

  it('finds a negated claim in Russian', () => {
    const found = contradictions(
      'Встреча генералов прошла по инициативе НАТО в Баку.',
      'Эксперт подчеркнул, что встреча генералов прошла не по инициативе НАТО.',
    );
    expect(found.map((c) => c.kind)).toContain('negation');
  });

  it('finds a different initiator across languages', () => {
    const found = contradictions(
      "The call was made at Scaparrotti's initiative, officials said.",
      'Разговор состоялся по инициативе Герасимова, сообщили в штабе.',
      'en',
      'ru',
    );
    expect(found.map((c) => c.kind)).toEqual(['attribution']);
  });

  it('finds different numbers for the same quantity', () => {
    const found = contradictions(
      'Moscow says the exercise will involve about 12,700 troops.',
      'Lithuania says the exercise will involve 100,000 troops.',
    );
    expect(found.map((c) => [c.kind, c.why])).toEqual([
      ['number', '12700 versus 100000 for the same quantity'],
    ]);
  });

  it('finds different dates for the same meeting', () => {
    const found = contradictions(
      'The generals spoke by phone on 14 September 2017, the alliance said.',
      'The generals spoke by phone on 15 September 2017, the ministry said.',
    );
    expect(found.map((c) => c.kind)).toEqual(['date']);
  });

  it('reports nothing for two passages telling the same fact the same way', () => {
    const text = 'The generals agreed to continue contact during a meeting in Baku on Thursday.';
    expect(contradictions(text, text)).toEqual([]);
  });

  it('reports nothing for unrelated passages that happen to negate a word', () => {
    expect(
      contradictions(
        'The talks were held in Brussels.',
        'Prices did not rise in Moscow this year.',
      ),
    ).toEqual([]);
  });
});

describe('contradictions: negative implicatives', () => {
  it('reads "failed to agree" as the same negated claim as "did not agree" / "не смогли согласовать"', () => {
    const en = 'European Union energy ministers failed on Thursday to agree a cap on gas prices.';
    for (const [other, lang] of [
      [
        'Министры энергетики стран Евросоюза в четверг не смогли согласовать потолок цен на газ.',
        'ru',
      ],
      ['European Union energy ministers did not agree a cap on gas prices on Thursday.', 'en'],
    ] as const) {
      expect(contradictions(en, other, 'en', lang).filter((c) => c.kind === 'negation')).toEqual(
        [],
      );
    }
  });

  it('still finds a claim one outlet asserts and the other negates', () => {
    const found = contradictions(
      'European Union energy ministers agreed on Thursday a cap on gas prices.',
      'European Union energy ministers refused on Thursday to agree a cap on gas prices.',
      'en',
      'en',
    );
    expect(found.map((c) => c.kind)).toContain('negation');
  });
});
