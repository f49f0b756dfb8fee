import { describe, expect, it } from 'vitest';
import { entityKey, foldCyrillicName, transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('writes Russian names in a readable Latin spelling', () => {
    expect(transliterate('Валерий Герасимов')).toBe('Valeriy Gerasimov');
    expect(transliterate('Щукин и Жуков')).toBe('Shchukin i Zhukov');
  });

  it('handles Ukrainian letters', () => {
    // One table for Russian and Ukrainian: и is i in both, so Київ reads Kiyiv, not Kyiv.
    expect(transliterate('Київ, Ґаздина, Євген')).toBe('Kiyiv, Gazdina, Yevgen');
  });

  it('keeps acronyms upper case', () => {
    expect(transliterate('НАТО и ЩИТ')).toBe('NATO i SHCHIT');
  });
});

describe('entityKey', () => {
  it('folds Russian case endings onto the English spelling', () => {
    expect(entityKey('Герасимовым')).toBe(entityKey('Gerasimov'));
    expect(entityKey('Герасимова')).toBe(entityKey('Gerasimov'));
    expect(entityKey('Столтенберга')).toBe(entityKey('Stoltenberg'));
    expect(entityKey('Валерием')).toBe(entityKey('Valery'));
  });

  it('matches foreign names spelt by Russian outlets', () => {
    expect(entityKey('Скапарротти')).toBe(entityKey('Scaparrotti'));
    expect(entityKey('Куртисом')).toBe(entityKey('Curtis'));
    expect(entityKey('Йенса')).toBe(entityKey('Jens'));
  });

  it('absorbs the fleeting vowel of Павел / Павла', () => {
    expect(entityKey('Павла')).toBe(entityKey('Pavel'));
  });

  it('reads Ukrainian spellings', () => {
    expect(entityKey('Зеленський')).toBe(entityKey('Zelensky'));
  });

  it('drops the English possessive', () => {
    expect(entityKey("NATO's")).toBe(entityKey('НАТО'));
  });

  it('keeps different names apart', () => {
    expect(entityKey('Gerasimov')).not.toBe(entityKey('Gorbachev'));
    expect(entityKey('Pavel')).not.toBe(entityKey('Putin'));
  });
});

describe('foldCyrillicName', () => {
  it('keeps short stems whole', () => {
    expect(foldCyrillicName('ли')).toBe('ли');
  });
});
