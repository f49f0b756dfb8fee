import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes.ts';
import { findQuoteSpans } from './quote-spans.ts';

const direct = (text: string, language = 'en') =>
  extractQuotes(text, language)
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);

describe('findQuoteSpans', () => {
  it.each([
    ['"straight quotes here"', 'straight quotes here'],
    ['“curly quotes here”', 'curly quotes here'],
    ['«ёлочки с «вложенной» цитатой»', 'ёлочки с «вложенной» цитатой'],
    ['„лапки здесь“', 'лапки здесь'],
    ['‘single curly quotes’', 'single curly quotes'],
  ])('finds %s', (input, inner) => {
    const [span] = findQuoteSpans(`Он сказал: ${input}.`);
    expect(span && `Он сказал: ${input}.`.slice(span.innerStart, span.innerEnd)).toBe(inner);
  });

  it('leaves one-word scare quotes and apostrophes alone', () => {
    expect(findQuoteSpans(`A "superthaw" in NATO's and the Russians' ties.`)).toEqual([]);
  });
});

describe('extractQuotes', () => {
  it('attributes a quote to the speaker after it', () => {
    const text = '"We will not back down," Defence Secretary Mark Collins said on Monday.';
    expect(direct(text)).toEqual([['We will not back down,', 'Mark Collins']]);
  });

  it('resolves "he" to the last person named as subject, not one named inside a quote', () => {
    const text =
      'Colonel Anna Petrova met General Ivan Sorokin in Minsk. "We discussed Sorokin\'s plan at length," she said.';
    expect(direct(text)).toEqual([["We discussed Sorokin's plan at length,", 'Anna Petrova']]);
  });

  it('resolves "he" to a role speaker who spoke after the last named person', () => {
    const text =
      'Spokesman Dmitry Peskov told reporters the measures were illegal. The EU\'s foreign policy chief said the sanctions targeted revenues. "We will keep raising the cost," he said.';
    expect(direct(text)).toEqual([['We will keep raising the cost,', "EU's foreign policy chief"]]);
  });

  it('finds no reported speech where the reporting verb is negated', () => {
    const text = 'Киев не комментирует удары по российским регионам в последние недели.';
    expect(extractQuotes(text, 'ru')).toEqual([]);
  });

  it('does not take "an accusation Ukraine denies" for the speaker of the sentence', () => {
    const text =
      'The Kremlin has repeatedly accused Kyiv of targeting civilians in border regions, an accusation Ukraine denies.';
    expect(extractQuotes(text, 'en').map((q) => q.speaker)).not.toContain('an accusation Ukraine');
  });

  it('reads the speaker past an adverb opening the sentence', () => {
    const text = 'Ранее в Кремле заявили, что переговоры возможны только с учетом «новых реалий».';
    const speakers = extractQuotes(text, 'ru').map((q) => q.speaker);
    expect(speakers).not.toContain('Ранее');
    expect(speakers.length).toBeGreaterThan(0);
  });

  it('names the speaker of a quote followed by "the air force said"', () => {
    const text = '"Air defence worked in three regions," the air force said in a statement.';
    expect(direct(text)[0]?.[1]).toMatch(/air force/i);
  });

  it('names a Russian woman in the nominative, whatever case the text uses', () => {
    const nominative =
      'Официальный представитель МИД Мария Захарова заявила: «Мы ответим на эти шаги».';
    const genitive = '«Мы ответим на эти шаги», — говорится в заявлении Марии Захаровой.';
    expect(direct(nominative, 'ru')).toEqual([['Мы ответим на эти шаги', 'Мария Захарова']]);
    expect(extractQuotes(genitive, 'ru').map((q) => q.speaker)).toContain('Мария Захарова');
  });

  it('resolves a role noun to the person it described', () => {
    const text =
      'Military analyst Oleg Markov, speaking to reporters, doubted the plan. General Paul Weir disagreed. "It will not work at all," the analyst said.';
    expect(direct(text)).toEqual([['It will not work at all,', 'Oleg Markov']]);
  });

  it('attributes a Russian quote to an institution named after the dash', () => {
    const text =
      '«Учения носят плановый характер и никому не угрожают», – заявили в Министерстве обороны.';
    const [quote] = extractQuotes(text, 'ru').filter((q) => q.kind === 'direct');
    expect(quote?.speakerSide).toBe('russia');
  });

  it('continues the speaker of the previous quote in the paragraph', () => {
    const text = '"First point made here," Porter said. The "second point follows now."';
    expect(direct(text).map((q) => q[1])).toEqual(['Porter', 'Porter']);
  });

  it('finds reported speech with the speaker at the end', () => {
    const text = 'Officials hope the talks will resume soon, said Foreign Minister Karl Berg.';
    const [quote] = extractQuotes(text, 'en');
    expect([quote?.kind, quote?.text, quote?.speaker]).toEqual([
      'reported',
      'Officials hope the talks will resume soon',
      'Karl Berg',
    ]);
  });

  it('leaves an unattributed quotation without a speaker', () => {
    expect(direct('The so-called "peace plan for everyone" was never published.')).toEqual([
      ['peace plan for everyone', null],
    ]);
  });

  it('resolves a Russian role noun after the dash to the minister named before', () => {
    const text =
      'Министр иностранных дел России Сергей Лавров прибыл в Анкару.\n«Мы не позволим втянуть себя в гонку вооружений», – подчеркнул глава МИД на пресс-конференции.';
    expect(direct(text, 'ru')).toEqual([
      ['Мы не позволим втянуть себя в гонку вооружений', 'Сергей Лавров'],
    ]);
  });

  it('keeps "analysts" as a group instead of the last person named', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov spoke on Monday. Analysts say the plan is unlikely to gain traction.';
    const reported = extractQuotes(text, 'en').filter((q) => q.kind === 'reported');
    expect(reported.map((q) => q.speaker)).toEqual(['Analysts']);
  });

  it('finds the content before "officials said Tuesday, as ..."', () => {
    const text =
      'Russian forces shelled the city overnight, Ukrainian officials said Tuesday, as Moscow denied it.';
    const [quote] = extractQuotes(text, 'en').filter((q) => q.kind === 'reported');
    expect([quote?.text, quote?.speakerSide]).toEqual([
      'Russian forces shelled the city overnight',
      'ukraine',
    ]);
  });
});

describe('extractQuotes: speakers in coverage of other conflicts and topics', () => {
  const all = (text: string, language = 'en') =>
    extractQuotes(text, language).map((q) => [q.kind, q.text, q.speaker, q.speakerSide ?? null]);

  it('keeps the country that owns a generic institution ("Azerbaijan\'s defence ministry")', () => {
    const text =
      'Baku launched an operation on Tuesday. "The goal is to disarm the armed formations," Azerbaijan\'s defence ministry said.';
    expect(all(text)).toContainEqual([
      'direct',
      'The goal is to disarm the armed formations,',
      "Azerbaijan's defence ministry",
      'azerbaijan',
    ]);
  });

  it('keeps the country in a Russian institution phrase ("Минобороны Азербайджана")', () => {
    const text =
      'Минобороны Азербайджана объявило о начале «локальных антитеррористических мероприятий» в регионе.';
    const [q] = extractQuotes(text, 'ru');
    expect([q?.speaker, q?.speakerSide ?? null]).toEqual(['Минобороны Азербайджана', 'azerbaijan']);
  });

  it('names the side of an institution whose country has no entry of its own', () => {
    const text = '"The drills are over," Kazakhstan\'s defence ministry said on Friday.';
    expect(all(text)[0]?.slice(2)).toEqual(["Kazakhstan's defence ministry", null]);
  });

  it('gives no side to officials of two countries named together', () => {
    const text = '"Talks will continue," Russian and Ukrainian officials said on Friday.';
    expect(all(text)[0]?.[3]).toBeNull();
  });

  it('still reads "Russia\'s Ministry of Defense" and "Минобороны России" as Russian', () => {
    expect(
      all('"The drills are over," Russia\'s Ministry of Defense said on Friday.')[0]?.[3],
    ).toBe('russia');
    expect(
      extractQuotes('«Учения завершены», — сообщили в Минобороны России.', 'ru')[0]?.speakerSide,
    ).toBe('russia');
  });

  it('does not take a place inside a relative clause before the verb as the speaker', () => {
    const text =
      'Baku said it had launched what it called "local anti-terrorist measures" in the enclave, a region that Armenia says is being emptied.';
    expect(all(text)).toContainEqual([
      'direct',
      'local anti-terrorist measures',
      'Azerbaijan',
      'azerbaijan',
    ]);
  });

  it('skips "with" and participial appositions ("led by ...") in front of the subject', () => {
    const text =
      'Ministers failed on Thursday to agree a cap, with Germany and the Netherlands warning that a hard limit could threaten supply. Fifteen member states, led by Poland and Italy, insisted that the proposal was too timid.';
    const speakers = all(text).map((q) => q[2]);
    expect(speakers).toEqual(['Germany and the Netherlands', 'Fifteen member states']);
  });

  it('starts reported content after "that" / "что" following a short object', () => {
    const en = extractQuotes(
      'Prime Minister Nikol Pashinyan told parliament that Yerevan had no troops in the region.',
      'en',
    );
    expect(en.map((q) => [q.text, q.speaker])).toEqual([
      ['Yerevan had no troops in the region', 'Nikol Pashinyan'],
    ]);
    const ru = extractQuotes(
      'Хикмет Гаджиев настаивал на том, что удары наносятся только по военным целям.',
      'ru',
    );
    expect(ru.map((q) => q.text)).toEqual(['удары наносятся только по военным целям']);
  });

  it('does not put a genitive country in front of a Russian name', () => {
    const text =
      'Премьер-министр Армении Никол Пашинян заявил, что армянских войск в регионе нет. Помощник президента Азербайджана Хикмет Гаджиев назвал это ложью и сообщил, что удары наносятся только по военным целям.';
    expect(extractQuotes(text, 'ru').map((q) => q.speaker)).toEqual([
      'Никол Пашинян',
      'Хикмет Гаджиев',
    ]);
  });
});

describe('extractQuotes: verbs that do not report the content before them', () => {
  const pairs = (text: string, language = 'en') =>
    extractQuotes(text, language).map((q) => [q.text, q.speaker]);

  it('does not make the side denying a charge its speaker', () => {
    expect(
      pairs(
        'Кремль якобы использует поставки газа как оружие, однако в Москве эти обвинения отвергают.',
        'ru',
      ),
    ).toEqual([]);
  });

  it('does not read the object of "accused" as the speaker of the sentence before it', () => {
    const text =
      'The Rapid Support Forces, a paramilitary group led by General Mohamed Dagalo, accused the army of bombing residential areas.';
    expect(pairs(text).map((p) => p[1])).not.toContain('army of bombing residential areas');
  });

  it('reads "по данным аналитиков" as analysts, not the last person named', () => {
    const text =
      'По словам еврокомиссара Кадри Симсон, страны близки к соглашению. По данным аналитиков, счета домохозяйств выросли вдвое.';
    expect(pairs(text, 'ru')[1]).toEqual(['счета домохозяйств выросли вдвое', 'аналитиков']);
  });

  it('skips a verb inside a relative clause ("who spoke on condition of anonymity")', () => {
    const text =
      'A senior EU official, who spoke on condition of anonymity, warned that the offensive risked a catastrophe.';
    expect(pairs(text)).toEqual([['the offensive risked a catastrophe', 'A senior EU official']]);
  });
});

describe('extractQuotes: appositions and object verbs before the speech', () => {
  const pairs = (text: string, language = 'en') =>
    extractQuotes(text, language).map((q) => [q.text, q.speaker]);

  it('takes the subject, not the person named in its apposition', () => {
    const text =
      'Hikmet Hajiyev, an adviser to President Ilham Aliyev, dismissed the accusations as "baseless", insisting that only military targets were being hit.';
    expect(pairs(text)).toEqual([['only military targets were being hit', 'Hikmet Hajiyev']]);
  });

  it('takes a group named before its apposition as the speaker', () => {
    const text =
      'The Rapid Support Forces (RSF), a paramilitary group led by General Mohamed Dagalo, accused the army of bombing residential areas.';
    expect(pairs(text).map((p) => p[1])).toEqual(['Rapid Support Forces (RSF)']);
  });

  it('reports what follows the speaking verb after a denial', () => {
    const text =
      'Army spokesman Brigadier Nabil Abdallah denied the accusation, telling Al Jazeera that the military was only striking rebel positions.';
    expect(pairs(text)).toEqual([
      ['the military was only striking rebel positions', 'Nabil Abdallah'],
    ]);
  });
});

describe('extractQuotes: titles are not part of a name', () => {
  it.each([
    ['Army spokesman Brigadier Nabil Abdallah said the strikes were over.', 'Nabil Abdallah'],
    ['Energy Commissioner Kadri Simson said she was confident of a deal.', 'Kadri Simson'],
  ])('%s', (text, speaker) => {
    expect(extractQuotes(text, 'en')[0]?.speaker).toBe(speaker);
  });
});

describe('extractQuotes: "the ministry" refers back to the institution that spoke', () => {
  it('resolves "в заявлении ведомства" and "the ministry said" to the institution named before', () => {
    const ru =
      'Минобороны Азербайджана объявило о начале «локальных антитеррористических мероприятий» в регионе.\n«Целью является разоружение формирований», — говорится в заявлении ведомства.';
    expect(extractQuotes(ru, 'ru').map((q) => q.speaker)).toEqual([
      'Минобороны Азербайджана',
      'Минобороны Азербайджана',
    ]);
    const en =
      'Azerbaijan\'s defence ministry said it had launched "local anti-terrorist measures" in the region. "The goal is to disarm the formations," the ministry said.';
    expect(extractQuotes(en, 'en').map((q) => q.speaker)).toEqual([
      "Azerbaijan's defence ministry",
      "Azerbaijan's defence ministry",
    ]);
  });
});

describe('extractQuotes: held-out coverage (Gaza, Taiwan, French strikes)', () => {
  const pairs = (text: string, language = 'en') =>
    extractQuotes(text, language).map((q) => [q.text, q.speaker]);

  it('does not hand "Police said" or "the Gaza health ministry" to the last person named', () => {
    const text =
      'Prime Minister Élisabeth Borne insisted the reform was essential for the system. Police said 33 people were arrested in Paris. According to the Gaza health ministry, which is run by Hamas, more than 50,000 people have been killed.';
    const found = pairs(text);
    expect(found[1]).toEqual(['33 people were arrested in Paris', 'Police']);
    expect(found[2]).toEqual(['more than 50,000 people have been killed', 'Gaza Health Ministry']);
  });

  it('skips "speaking on condition of anonymity" for the verb that carries the claim', () => {
    expect(
      pairs(
        'A senior Israeli official, speaking on condition of anonymity, claimed that Hamas was seizing aid trucks.',
      ),
    ).toEqual([['Hamas was seizing aid trucks', 'A senior Israeli official']]);
  });

  it('ends the subject at its first verb, even when a later verb carries the speech', () => {
    const text =
      'Министерство обороны Тайваня осудило учения и заявило, что зафиксировало у острова 71 самолёт.';
    expect(pairs(text, 'ru')[0]?.[1]).toBe('Министерство обороны Тайваня');
  });

  it('resolves "представитель ведомства" to the institution that spoke before', () => {
    const text =
      'Госдепартамент США призвал Пекин проявлять сдержанность. По словам министра обороны Веллингтона Ку, армия острова готова. Как отметил представитель ведомства, Вашингтон «глубоко обеспокоен» действиями КНР.';
    expect(pairs(text, 'ru').at(-1)).toEqual(['глубоко обеспокоен', 'США']);
  });
});

describe('extractQuotes: a news agency named after the verb', () => {
  it('credits "сообщает агентство Синьхуа" to the agency, not to China', () => {
    const [q] = extractQuotes(
      'Армия Китая во вторник начала масштабные учения вокруг острова, сообщает агентство Синьхуа.',
      'ru',
    );
    expect(q?.speakerSide).toBe('wire-agency');
  });
});

describe('extractQuotes: names ending in -у keep it', () => {
  it('names "полковник Амаду Абдрамане" and "Сергей Шойгу" as written', () => {
    const text =
      '«Мы решили положить конец режиму», — заявил в эфире полковник Амаду Абдрамане. «Учения завершены», — сказал Сергей Шойгу.';
    expect(extractQuotes(text, 'ru').map((q) => q.speaker)).toEqual([
      'Амаду Абдрамане',
      'Сергей Шойгу',
    ]);
  });
});

describe('extractQuotes: a longer hearer before "that"', () => {
  it('starts the content after "told a news conference in Pristina that" and ", что"', () => {
    expect(
      extractQuotes(
        'Albin Kurti told a news conference in Pristina that the mayors had been legitimately elected.',
        'en',
      ).map((q) => q.text),
    ).toEqual(['the mayors had been legitimately elected']);
    expect(
      extractQuotes(
        'Сергей Лавров заявил на пресс-конференции в Москве, что переговоры с Киевом продолжатся.',
        'ru',
      ).map((q) => q.text),
    ).toEqual(['переговоры с Киевом продолжатся']);
  });

  it('keeps a "that" clause that belongs to the content after "said"', () => {
    expect(
      extractQuotes(
        'The minister said the plan that parliament approved in May would cut prices.',
        'en',
      ).map((q) => q.text),
    ).toEqual(['the plan that parliament approved in May would cut prices']);
  });
});

describe('extractQuotes: ", что" inside the content', () => {
  it('does not cut reported content at a later ", что" clause', () => {
    const [q] = extractQuotes(
      'Никол Пашинян заявил, что Баку пытается втянуть Ереван в войну, что недопустимо.',
      'ru',
    );
    expect(q?.text).toBe('Баку пытается втянуть Ереван в войну, что недопустимо');
  });
});

describe('extractQuotes: "по его словам"', () => {
  it('attributes "По его словам, ..." to the person who spoke before', () => {
    const text =
      'Премьер-министр Никол Пашинян заявил, что армянских войск в регионе нет. По его словам, Баку пытается втянуть Ереван в войну.';
    expect(extractQuotes(text, 'ru').map((q) => [q.text, q.speaker])).toEqual([
      ['армянских войск в регионе нет', 'Никол Пашинян'],
      ['Баку пытается втянуть Ереван в войну', 'Никол Пашинян'],
    ]);
  });
});
