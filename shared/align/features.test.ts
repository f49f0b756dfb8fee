import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.ts';
import { getDefaultGlossary } from './glossary.ts';

const glossary = getDefaultGlossary();
const keys = (text: string) => extractFeatures(text, glossary).map((f) => f.key);

describe('extractFeatures', () => {
  it('reads dates in English and Russian the same way', () => {
    expect(keys('the phone call on March 3, said NATO')).toContain('d:03-03');
    expect(keys('общались по телефону 3 марта 2017 года')).toContain('d:03-03');
    expect(keys('On 3 March the generals met')).toContain('d:03-03');
  });

  it('normalises grouped numbers', () => {
    expect(keys('about 12,700 troops')).toContain('n:12700');
    expect(keys('около 12\u00a0700 военных')).toContain('n:12700');
  });

  it('turns number words into numbers', () => {
    expect(keys('the two generals')).toContain('n:2');
    expect(keys('два генерала')).toContain('n:2');
  });

  it('does not read the verb may as a month', () => {
    expect(keys('the talks may resume')).not.toContain('c:may');
  });

  it('keys names across scripts and cases', () => {
    const en = keys('Gerasimov met Scaparrotti');
    const ru = keys('встреча Скапарротти с Герасимовым');
    expect(en.filter((k) => k.startsWith('e:')).sort()).toEqual(
      ru.filter((k) => k.startsWith('e:')).sort(),
    );
  });

  it('maps glossary words of both languages to one concept', () => {
    expect(keys('maintain the military lines of communication')).toContain(
      'c:lines-of-communication',
    );
    expect(keys('поддерживать военные линии связи')).toContain('c:lines-of-communication');
  });

  it('leaves stop words out', () => {
    expect(keys('of the and to in')).toEqual([]);
    expect(keys('и в на с по')).toEqual([]);
  });

  it('keeps acronyms that look like stop words', () => {
    expect(keys('the US said')).toContain('c:united-states');
  });
});

describe('Ukrainian', () => {
  it('reads Ukrainian dates, names and core words', () => {
    const uk = keys('Скапарротті та Герасимов спілкувалися телефоном 14 вересня 2017 року.');
    expect(uk).toEqual(expect.arrayContaining(['d:09-14', 'n:2017', 'c:communicate']));
    expect(uk.filter((k) => k.startsWith('e:')).sort()).toEqual(
      keys('Scaparrotti and Gerasimov')
        .filter((k) => k.startsWith('e:'))
        .sort(),
    );
  });

  it('maps Ukrainian "лінії зв\'язку" to the same concept as English and Russian', () => {
    expect(keys("підтримувати військові лінії зв'язку")).toContain('c:lines-of-communication');
  });
});
