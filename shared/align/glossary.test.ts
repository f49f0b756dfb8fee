import { describe, expect, it } from 'vitest';
import rawGlossary from '../data/glossary-en-ru.json' with { type: 'json' };
import { getDefaultGlossary, glossarySchema, loadGlossary, lookup } from './glossary.ts';

describe('the shipped glossary', () => {
  it('follows its schema and carries a source and licence', () => {
    const data = glossarySchema.parse(rawGlossary);
    expect(data.header.source).toMatch(/CC0/);
    expect(data.entries.length).toBeGreaterThan(1000);
  });

  it('has unique concept ids', () => {
    const ids = glossarySchema.parse(rawGlossary).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('lookup', () => {
  const glossary = getDefaultGlossary();

  it('finds inflected Russian forms through their lemma', () => {
    expect(lookup(glossary, 'линий')).toContain('line');
    expect(lookup(glossary, 'связи')).toContain('communication');
  });

  it('finds multi-word terms in both languages', () => {
    expect(lookup(glossary, 'линии связи')).toEqual(lookup(glossary, 'lines of communication'));
    expect(lookup(glossary, 'генштаба')).toContain('general-staff');
  });

  it('maps acronyms and their Russian forms to one concept', () => {
    expect(lookup(glossary, 'НАТО')).toEqual(['nato']);
    expect(lookup(glossary, 'NATO')).toEqual(['nato']);
    expect(lookup(glossary, 'РФ')).toContain('russia');
  });

  it('returns nothing for unknown words', () => {
    expect(lookup(glossary, 'квазиштуковина')).toEqual([]);
  });
});

describe('loadGlossary', () => {
  const user = {
    header: { kind: 'parallax.glossary', version: 1, source: 'my notes; CC0' },
    entries: [
      { id: 'line', ru: ['рубежик'] },
      { id: 'zapad-exercise', en: ['zapad'], ru: ['запад-2017'] },
    ],
  };

  it('adds the words of a user file to known concepts', () => {
    expect(lookup(loadGlossary(user), 'рубежик')).toEqual(['line']);
  });

  it('adds new concepts from a user file', () => {
    expect(lookup(loadGlossary(user), 'zapad')).toEqual(['zapad-exercise']);
  });

  it('keeps the shipped words when merging', () => {
    expect(lookup(loadGlossary(user), 'линия')).toContain('line');
  });

  it('rejects a malformed user file', () => {
    expect(() => loadGlossary({ entries: [] })).toThrow();
  });
});
