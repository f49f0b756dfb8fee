import { describe, expect, it } from 'vitest';
import { stemEnglish, stemRussian, stemWord } from './stem.ts';

describe('stemRussian', () => {
  it('gives every case of a noun the same stem', () => {
    const forms = ['линия', 'линии', 'линий', 'линиями'];
    expect(new Set(forms.map(stemRussian)).size).toBe(1);
    expect(stemRussian('связи')).toBe(stemRussian('связь'));
  });

  it('joins adjectives in any gender and case', () => {
    expect(stemRussian('военные')).toBe(stemRussian('военный'));
    expect(stemRussian('высшие')).toBe(stemRussian('высший'));
  });

  it('joins an infinitive and its present tense', () => {
    expect(stemRussian('демонстрирует')).toBe(stemRussian('демонстрировать'));
    expect(stemRussian('сохраняют')).toBe(stemRussian('сохранять'));
    expect(stemRussian('общались')).toBe(stemRussian('общаться'));
  });

  it('folds ё to е', () => {
    expect(stemRussian('всё')).toBe(stemRussian('все'));
  });
});

describe('stemEnglish', () => {
  it('removes plural, past and gerund endings', () => {
    expect(stemEnglish('talks')).toBe('talk');
    expect(stemEnglish('talking')).toBe('talk');
    expect(stemEnglish('suspended')).toBe('suspend');
    expect(stemEnglish('stopped')).toBe(stemEnglish('stop'));
  });

  it('meets the bare form of words ending in e or y', () => {
    expect(stemEnglish('agreed')).toBe(stemEnglish('agree'));
    expect(stemEnglish('countries')).toBe(stemEnglish('country'));
  });

  it('does not read news as the plural of new', () => {
    expect(stemEnglish('news')).not.toBe(stemEnglish('new'));
  });
});

describe('stemWord', () => {
  it('picks the stemmer by script', () => {
    expect(stemWord('линии')).toBe(stemRussian('линии'));
    expect(stemWord('lines')).toBe(stemEnglish('lines'));
  });
});
