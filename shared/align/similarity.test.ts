import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.ts';
import { getDefaultGlossary } from './glossary.ts';
import { describeShared, similarity, weighCollection } from './similarity.ts';

const glossary = getDefaultGlossary();

function score(texts: [string, string][], a: number, b: number) {
  const passages = texts.map(([language, text]) => ({
    language,
    features: extractFeatures(text, glossary),
  }));
  const weighted = weighCollection(passages);
  return similarity(weighted[a] as never, weighted[b] as never);
}

const collection: [string, string][] = [
  ['en', 'The meeting is a follow-on from the phone call between Gerasimov and Pavel on March 3.'],
  ['en', 'On March 3, General Petr Pavel called Army General Valery Gerasimov.'],
  ['en', 'Moscow says the event will involve about 12,700 troops.'],
  ['ru', 'Скапарротти и Герасимов уже общались по телефону 14 сентября 2017 года.'],
  ['en', 'Scaparrotti and Gerasimov talked on the phone on September 14, 2017.'],
];

describe('similarity', () => {
  it('scores the same fact high and gives the reason', () => {
    const sim = score(collection, 0, 1);
    expect(sim.score).toBeGreaterThan(0.3);
    expect(sim.reason).toMatch(/^shared entities: .*Gerasimov/);
    expect(sim.reason).toMatch(/numbers: 3 March/);
  });

  it('scores a translation high across languages, labelled in Latin script', () => {
    const sim = score(collection, 3, 4);
    expect(sim.score).toBeGreaterThan(0.3);
    expect(sim.reason).toContain('Scaparrotti');
    expect(sim.reason).toContain('14 September');
  });

  it('scores unrelated passages zero', () => {
    expect(score(collection, 0, 2).score).toBe(0);
  });

  it('is symmetric', () => {
    expect(score(collection, 0, 1).score).toBeCloseTo(score(collection, 1, 0).score, 10);
  });
});

describe('describeShared', () => {
  it('groups the shared features by kind', () => {
    expect(
      describeShared([
        { kind: 'entity', key: 'e:gerasimv', label: 'Gerasimov', share: 1 },
        { kind: 'date', key: 'd:03-03', label: '3 March', share: 1 },
        { kind: 'concept', key: 'c:contact', label: 'contact', share: 1 },
      ]),
    ).toBe('shared entities: Gerasimov; numbers: 3 March; words: contact');
  });
});
