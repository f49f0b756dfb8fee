import { describe, expect, it } from 'vitest';
import { compileFunctionWords, detectLanguage } from './language.ts';

// shared/ has no DOM or Node typings; the timing checks need only the global clock.
const { performance } = globalThis as unknown as { performance: { now(): number } };

const samples: Array<[string, string]> = [
  [
    'en',
    'NATO and Russian military chiefs agreed to continue contact during a meeting in Baku on Thursday, the alliance said.',
  ],
  [
    'ru',
    'Правительство в понедельник объявило о новых санкциях против России. Президент заявил, что продолжит поддерживать Украину.',
  ],
  [
    'uk',
    'Уряд у понеділок оголосив нові санкції проти Росії. Президент заявив, що продовжить підтримувати Україну.',
  ],
  [
    'de',
    'Die Bundesregierung hat am Montag neue Sanktionen gegen Russland angekündigt. Der Kanzler sagte, man werde die Ukraine weiter unterstützen.',
  ],
  [
    'fr',
    "Le gouvernement a annoncé lundi de nouvelles sanctions contre la Russie. Le président a déclaré qu'il continuerait à soutenir l'Ukraine.",
  ],
  [
    'es',
    'El gobierno anunció el lunes nuevas sanciones contra Rusia. El presidente dijo que seguirá apoyando a Ucrania en el conflicto.',
  ],
  [
    'it',
    "Il governo ha annunciato lunedì nuove sanzioni contro la Russia. Il presidente ha detto che continuerà a sostenere l'Ucraina.",
  ],
  [
    'pt',
    'O governo anunciou na segunda-feira novas sanções contra a Rússia. O presidente disse que continuará a apoiar a Ucrânia.',
  ],
  [
    'pl',
    'Rząd ogłosił w poniedziałek nowe sankcje wobec Rosji. Prezydent powiedział, że nadal będzie wspierać Ukrainę.',
  ],
  [
    'be',
    'Урад у панядзелак абвясціў новыя санкцыі супраць Расіі. Прэзідэнт заявіў, што будзе падтрымліваць Украіну ў вайне.',
  ],
  ['zh', '北约与俄罗斯军方领导人同意继续保持接触，双方在巴库举行了会晤。'],
  ['ar', 'أعلنت الحكومة يوم الاثنين عن عقوبات جديدة ضد روسيا وقال الرئيس إنه سيواصل دعم أوكرانيا'],
];

describe('detectLanguage', () => {
  it.each(samples)('recognises %s', (code, text) => {
    const guess = detectLanguage(text);
    expect(guess?.value).toBe(code);
    expect(guess?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('returns null for text with fewer than 20 letters', () => {
    expect(detectLanguage('NATO, 2017: 12,700')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('tells Ukrainian from Russian in text that quotes the other language', () => {
    const uk =
      'Президент України заявив, що Київ не погодиться на поступки. «Мы не отступим», — сказав він у неділю.';
    expect(detectLanguage(uk)?.value).toBe('uk');
  });

  it('calls Chinese text with Latin names Chinese', () => {
    expect(
      detectLanguage(
        '北约秘书长斯托尔滕贝格(Jens Stoltenberg)周四在布鲁塞尔表示，北约将继续与俄罗斯保持对话。',
      )?.value,
    ).toBe('zh');
  });

  it('does not call Japanese Chinese', () => {
    expect(
      detectLanguage(
        '北大西洋条約機構とロシアの軍首脳は、バクーでの会談で接触を続けることで合意した。',
      )?.value,
    ).not.toBe('zh');
  });

  it('decides short Latin text that function words cannot settle through franc', () => {
    expect(detectLanguage('Sanktionen gegen Russland angekündigt, Bundesregierung')?.value).toBe(
      'de',
    );
  });

  it('is fast on a long article', () => {
    const text = samples[0]?.[1].repeat(40) ?? '';
    const start = performance.now();
    for (let i = 0; i < 200; i++) detectLanguage(text);
    expect((performance.now() - start) / 200).toBeLessThan(1);
  });
});

describe('compileFunctionWords', () => {
  it('rejects a file without a source line', () => {
    expect(() =>
      compileFunctionWords({
        header: { kind: 'parallax.function-words', version: 1 },
        languages: {},
      }),
    ).toThrow();
  });
});
