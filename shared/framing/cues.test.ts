import { describe, expect, it } from 'vitest';
import { detectCues, type Cue } from './cues.ts';
import { defaultLexicons, loadLexicons } from './lexicons.ts';

const lexicons = defaultLexicons();
const kinds = (cues: Cue[], kind: Cue['kind']) =>
  cues.filter((c) => c.kind === kind).map((c) => c.text);

describe('detectCues: English', () => {
  it('finds hedges attributed to vague sources', () => {
    const cues = detectCues(
      'The strike reportedly killed two people, unnamed sources said.',
      'en',
      lexicons,
    );
    expect(kinds(cues, 'hedge')).toEqual(['reportedly', 'unnamed sources']);
  });

  it('finds no hedge in a plain factual sentence', () => {
    const cues = detectCues(
      'The ministers met in Brussels on Thursday and signed the agreement.',
      'en',
      lexicons,
    );
    expect(kinds(cues, 'hedge')).toEqual([]);
  });

  it('reports "said" as a neutral reporting verb and "claimed" as loaded', () => {
    const cues = detectCues(
      'The minister said the talks went well; the envoy claimed they failed.',
      'en',
      lexicons,
    );
    const verbs = cues.filter((c) => c.kind === 'reporting-verb').map((c) => [c.text, c.stance]);
    expect(verbs).toEqual([
      ['said', 'neutral'],
      ['claimed', 'loaded'],
    ]);
  });

  it('counts a loaded reporting verb or a hedge once, not also as a loaded word', () => {
    const cues = detectCues(
      'The envoy insisted the talks failed. The fleet is believed to carry oil.',
      'en',
      lexicons,
    );
    expect(cues.filter((c) => c.text === 'insisted').map((c) => c.kind)).toEqual([
      'reporting-verb',
    ]);
    expect(kinds(cues, 'loaded')).toEqual([]);
    expect(kinds(cues, 'hedge')).toEqual(['is believed to']);
  });

  it('records which side a contested term signals', () => {
    const cues = detectCues('After the annexation of Crimea, Kyiv protested.', 'en', lexicons);
    const terms = cues.filter((c) => c.kind === 'contested-term').map((c) => [c.text, c.side]);
    expect(terms).toEqual([
      ['annexation', 'ukraine-west'],
      ['Kyiv', 'ukraine'],
    ]);
  });

  it('does not read "Kievan Rus" or "chicken Kiev" as the contested spelling of the capital', () => {
    const cues = detectCues(
      'Kievan Rus was a medieval state. He ordered chicken Kiev.',
      'en',
      lexicons,
    );
    expect(kinds(cues, 'contested-term')).toEqual([]);
  });

  it('does not read a sanctions regime as a delegitimised government', () => {
    const text = 'The EU extended its sanctions regime against the regime in Minsk.';
    const cues = detectCues(text, 'en', lexicons);
    expect(kinds(cues, 'contested-term')).toEqual(['regime']);
    expect(cues.find((c) => c.kind === 'contested-term')?.start).toBe(text.indexOf('regime in'));
  });

  it('matches across no-break spaces and curly apostrophes, with offsets into the raw text', () => {
    const text =
      'Officials dismissed the reports as\u00a0groundless; the Kremlin’s so\u2011called experts agreed.';
    const cues = detectCues(text, 'en', lexicons);
    const hedge = cues.find((c) => c.kind === 'hedge');
    expect(hedge?.text).toBe('so\u2011called');
    expect(text.slice(hedge?.start, hedge?.end)).toBe('so\u2011called');
    expect(kinds(cues, 'reporting-verb')).toContain('as\u00a0groundless');
  });

  it('finds freeze metaphors in their inflected forms', () => {
    const cues = detectCues(
      'Ties thawed after years in the deep freeze; relations were warming up.',
      'en',
      lexicons,
    );
    expect(kinds(cues, 'metaphor')).toEqual(['thawed', 'deep freeze', 'warming up']);
  });
});

describe('detectCues: Russian', () => {
  it('finds якобы and так называемые with their forms', () => {
    const cues = detectCues('Так называемые эксперты якобы видели колонну.', 'ru', lexicons);
    expect(kinds(cues, 'hedge')).toEqual(['Так называемые', 'якобы']);
  });

  it("tells the Russian MoD's name for Ukraine's army from a neutral name for armed groups", () => {
    const side = (text: string) =>
      detectCues(text, 'ru', lexicons)
        .filter((c) => c.kind === 'contested-term' && c.set !== 'ukraine-place-names')
        .map((c) => [c.text, c.set, c.side]);
    expect(side('Украинские вооруженные формирования атаковали область.')).toEqual([
      ['Украинские вооруженные формирования', 'ukraine-war-2022', 'russia'],
    ]);
    expect(side('Вооруженные формирования Донбасса отошли.')).toEqual([
      ['Вооруженные формирования', 'donbas-2014', 'neutral'],
    ]);
  });

  it('recognises reporting verbs in every gender and number', () => {
    const text =
      'Министр отверг обвинения. Представитель отвергла их. Дипломаты отвергли всё и настаивали.';
    const cues = detectCues(text, 'ru', lexicons).filter((c) => c.kind === 'reporting-verb');
    expect(cues.map((c) => [c.text, c.stance])).toEqual([
      ['отверг', 'loaded'],
      ['отвергла', 'loaded'],
      ['отвергли', 'loaded'],
      ['настаивали', 'loaded'],
    ]);
  });

  it('tells the Russian and Ukrainian names of the same events apart', () => {
    const text =
      'После госпереворота в Киеве и воссоединения Крыма с Россией началась спецоперация.';
    const cues = detectCues(text, 'ru', lexicons).filter((c) => c.kind === 'contested-term');
    expect(cues.map((c) => c.side)).toEqual(['russia', 'russia', 'russia']);
  });

  it('marks a negated reporting verb', () => {
    const cues = detectCues(
      'В командовании не опровергли эту информацию, но отвергли слухи.',
      'ru',
      lexicons,
    );
    const verbs = cues.filter((c) => c.kind === 'reporting-verb');
    expect(verbs.map((c) => [c.text, c.negated === true])).toEqual([
      ['опровергли', true],
      ['отвергли', false],
    ]);
  });

  it('reads "заявил" as neutral', () => {
    const cues = detectCues('Песков заявил журналистам, что встреча прошла.', 'ru', lexicons);
    expect(cues.filter((c) => c.kind === 'reporting-verb').map((c) => c.stance)).toEqual([
      'neutral',
    ]);
  });

  it('does not read the ceasefire regime as a delegitimised government', () => {
    const cues = detectCues('Стороны соблюдают режим прекращения огня.', 'ru', lexicons);
    expect(kinds(cues, 'contested-term')).toEqual([]);
  });
});

describe('detectCues: Ukrainian', () => {
  it('uses the Ukrainian lexicons and borrows the Russian ones', () => {
    const text = 'Окупанти нібито відвели війська, заявив речник. Эксперт якобы сообщил.';
    const cues = detectCues(text, 'uk', lexicons);
    expect(cues.map((c) => [c.kind, c.text])).toEqual([
      ['contested-term', 'Окупанти'],
      ['hedge', 'нібито'],
      ['reporting-verb', 'заявив'],
      ['hedge', 'якобы'],
      ['reporting-verb', 'сообщил'],
    ]);
  });
});

describe('detectCues: edge cases', () => {
  it('returns nothing for an empty text', () => {
    expect(detectCues('', 'en', lexicons)).toEqual([]);
  });

  it('falls back to the English lexicons for a language without its own', () => {
    const cues = detectCues(
      'Der Minister sagte, die Annexion sei reportedly geplant.',
      'de',
      lexicons,
    );
    expect(cues.map((c) => c.text)).toEqual(['reportedly']);
  });

  it('keeps offsets right after a character whose lower case is longer (İ)', () => {
    const text = 'İİİ officials reportedly met.';
    const hedge = detectCues(text, 'en', lexicons).find((c) => c.kind === 'hedge');
    expect(hedge?.text).toBe('reportedly');
  });
});

describe('detectCues: user edits', () => {
  it('stops highlighting an entry the user disabled', () => {
    const user = loadLexicons([
      {
        schema: 'parallax.lexicon/1',
        version: '1',
        language: 'en',
        kind: 'hedge',
        source: 'test',
        licence: 'CC0-1.0',
        entries: [
          { id: 'reportedly', pattern: 'reportedly', why: 'w', enabled: false },
          { id: 'mooted', pattern: 'mooted', why: 'floated, not decided' },
        ],
      },
    ]);
    const cues = detectCues('A deal was reportedly mooted.', 'en', user);
    expect(cues.map((c) => c.entryId)).toEqual(['mooted']);
  });
});

describe('detectCues: precision on ordinary news wording', () => {
  it('does not call plain military and civil-protection words euphemisms', () => {
    const cues = detectCues(
      'Peacekeepers evacuated 2,000 residents and the families were relocated to Goris; the counter-offensive stalled after a realignment of units.',
      'en',
      lexicons,
    );
    expect(kinds(cues, 'loaded')).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/evacuated|relocated|counter-offensive|realignment/),
      ]),
    );
  });

  it("reads the self-declared republic's name as its own side's term, not the neutral region name", () => {
    const en = detectCues('Officials of the Nagorno-Karabakh Republic said so.', 'en', lexicons);
    const ru = detectCues('Власти Нагорно-Карабахской Республики это подтвердили.', 'ru', lexicons);
    for (const cues of [en, ru]) {
      const term = cues.find((c) => c.kind === 'contested-term' && c.set === 'karabakh');
      expect([term?.side, term?.text.split(/\s+/).length]).toEqual(['armenia', 2]);
    }
  });
});

describe('detectCues: everyday neutral words of a contested set', () => {
  const contested = (text: string, language: string) =>
    detectCues(text, language, lexicons)
      .filter((c) => c.kind === 'contested-term')
      .map((c) => c.text);

  it('does not flag "governments", "authorities", "protesters" or "власти" on their own', () => {
    expect(
      contested(
        'Several governments have frozen tariffs; the authorities said protesters gathered.',
        'en',
      ),
    ).toEqual([]);
    expect(contested('Эти сведения подтвердили местные власти.', 'ru')).toEqual([]);
  });

  it("flags the neutral word where the text also uses the set's sided term", () => {
    expect(
      contested('The regime in Damascus and the government in exile both claimed victory.', 'en'),
    ).toEqual(['regime', 'government']);
  });
});

describe('detectCues: conflict-specific sets only where the conflict is named', () => {
  const sides = (text: string, language: string) =>
    detectCues(text, language, lexicons)
      .filter((c) => c.kind === 'contested-term')
      .map((c) => [c.text, c.set]);

  it('does not read Karabakh "separatists" or Korean "reunification" as Donbas or Crimea wording', () => {
    expect(
      sides('The separatist authorities in Stepanakert said the militia had withdrawn.', 'en').map(
        (s) => s[1],
      ),
    ).not.toContain('donbas-2014');
    expect(sides('Germany marked thirty years since reunification.', 'en')).toEqual([]);
    expect(sides('Лидеры сепаратистов в Приднестровье это отрицают.', 'ru')).toEqual([]);
  });

  it('still reads them in coverage of Donbas and Crimea', () => {
    expect(sides('Separatists in Donetsk shelled the town.', 'en')).toEqual([
      ['Separatists', 'donbas-2014'],
    ]);
    expect(sides('Сепаратисты в Донбассе обстреляли город.', 'ru')).toContainEqual([
      'Сепаратисты',
      'donbas-2014',
    ]);
    expect(sides('Moscow celebrated the reunification with Russia of Crimea.', 'en')[0]?.[1]).toBe(
      'crimea-2014',
    );
  });
});

describe('detectCues: proper names are not evaluations', () => {
  it('does not flag "liberation" in the name of an army', () => {
    const loaded = (text: string, language: string) =>
      detectCues(text, language, lexicons)
        .filter((c) => c.kind === 'loaded')
        .map((c) => c.text.toLowerCase());
    expect(loaded("The People's Liberation Army began drills.", 'en')).not.toContain('liberation');
    expect(loaded('Народно-освободительная армия Китая начала учения.', 'ru')).toEqual([]);
    expect(loaded('Армию встречали как освободителей.', 'ru')).toContain('освободителей');
  });
});

describe('detectCues: hyphenated prefixes that turn a word around', () => {
  it('does not flag "escalate" in "de-escalate" but still flags "escalate"', () => {
    const loaded = (text: string) =>
      detectCues(text, 'en', lexicons)
        .filter((c) => c.kind === 'loaded')
        .map((c) => c.text);
    expect(loaded('Borrell urged both sides to de-escalate immediately.')).toEqual([]);
    expect(loaded('Both sides threatened to escalate.')).toEqual(['escalate']);
  });
});
