import { describe, expect, it } from 'vitest';
import { defaultLexicons, loadLexicons, type LexiconFile } from '../framing/index.ts';
import { truthFraming, truthQuotes } from '../framing/testing/seeds.ts';
import { summarizeStory } from './summary.ts';
import { seedFiles, seedRows, seedSummaryArticles } from './testing.ts';

const articles = seedSummaryArticles();
const rows = seedRows(articles, seedFiles.cgtn);
const summary = summarizeStory(articles, rows, defaultLexicons());
const of = (file: string) => summary.articles.find((a) => a.articleId === file)!;

describe('summarizeStory on the seed story', () => {
  it('keeps the articles in the order asked for', () => {
    expect(summary.articles.map((a) => a.articleId)).toEqual(articles.map((a) => a.id));
  });

  it('names every quoted speaker of the truth under the article that quotes them', () => {
    const written: Record<string, string> = { Stoltenberg: 'Столтенберг' };
    for (const quote of truthQuotes) {
      const speakers = of(quote.file).voices.map((v) => v.speaker);
      const institution = quote.speaker.startsWith('NATO');
      const surname = quote.speaker.split(' ').at(-1)!;
      const found = speakers.some((s) =>
        institution ? /NATO|НАТО/.test(s) : s.includes(written[surname] ?? surname),
      );
      expect(found, `${quote.file}: ${quote.speaker} among ${speakers.join(', ')}`).toBe(true);
    }
    expect(of(seedFiles.sputnik).voices[0]).toMatchObject({
      speaker: 'Dmitry Danilov',
      side: 'russia',
    });
    expect(of(seedFiles.panarmenian).voices.map((v) => v.speaker)).toEqual(
      expect.arrayContaining(['Simon Porter', 'Vladimir Yakovlev']),
    );
  });

  it('gives each side its share of the quoted words, largest first, summing to one', () => {
    for (const article of summary.articles) {
      if (article.quotedWords === 0) continue;
      const shares = article.wordsBySide.map((s) => s.share);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
      expect([...shares].sort((a, b) => b - a)).toEqual(shares);
      expect(article.wordsBySide.reduce((n, s) => n + s.words, 0)).toBe(article.quotedWords);
    }
    // Sputnik relies on one Russian analyst; PanARMENIAN quotes a British and a Russian officer.
    expect(of(seedFiles.sputnik).wordsBySide[0]).toMatchObject({ side: 'russia', label: 'Russia' });
    expect(of(seedFiles.sputnik).wordsBySide[0]!.share).toBeGreaterThan(0.8);
    expect(of(seedFiles.panarmenian).wordsBySide.map((s) => s.side)).toEqual(
      expect.arrayContaining(['russia', 'uk']),
    );
    expect(of(seedFiles.rt).credits).toContain('Reuters');
  });

  it('shows the term each outlet chose from the contested sets of the truth', () => {
    const terms = (set: string, file: string) =>
      (summary.contested.find((c) => c.set === set)?.byArticle[file] ?? []).map((u) => u.term);
    for (const difference of truthFraming.filter((f) => f.kind === 'contested-term')) {
      for (const [file, phrase] of difference.phrases) {
        const used = summary.contested.flatMap((c) => (c.byArticle[file] ?? []).map((u) => u.term));
        expect(
          used.some((term) => phrase.includes(term) || term.includes(phrase)),
          `${file}: "${phrase}" among ${used.join(', ')}`,
        ).toBe(true);
      }
    }
    expect(terms('ukraine-2014', seedFiles.sputnik)).toContain('foreign-sponsored coup');
    expect(terms('ukraine-2014', seedFiles.cgtn)).toEqual(['the situation in Ukraine']);
    expect(terms('ukraine-place-names', seedFiles.rt)).toEqual(['Kiev']);
    const coup = summary.contested
      .find((c) => c.set === 'ukraine-2014')!
      .byArticle[seedFiles.sputnik]!.find((u) => u.term === 'foreign-sponsored coup')!;
    expect(coup).toMatchObject({ side: 'russia', sideLabel: 'Russian usage' });
    expect(coup.sideNote).not.toBe('');
    expect(summary.contested.find((c) => c.set === 'crimea-2014')?.label).toBe('Crimea 2014');
  });

  it('rates hedges and loaded reporting verbs per 1,000 words', () => {
    const cgtn = of(seedFiles.cgtn);
    expect(cgtn.counts.hedges).toBeGreaterThanOrEqual(2);
    expect(cgtn.hedgesPer1000Words).toBeCloseTo((cgtn.counts.hedges * 1000) / cgtn.words, 1);
    const panarmenian = of(seedFiles.panarmenian);
    expect(panarmenian.counts.loadedVerbs).toBeGreaterThan(0);
    expect(panarmenian.loadedVerbsPer1000Words).toBeCloseTo(
      (panarmenian.counts.loadedVerbs * 1000) / panarmenian.words,
      1,
    );
    expect(of(seedFiles.segodnya).counts.hedges).toBeGreaterThan(0);
  });

  it('profiles all 15 frame dimensions per article with the leading one', () => {
    for (const article of summary.articles) {
      expect(article.frames).toHaveLength(15);
      expect(article.frames.reduce((n, f) => n + f.share, 0)).toBeCloseTo(1);
      const top = [...article.frames].sort((a, b) => b.hits - a.hits)[0]!;
      expect(article.leadingFrame).toBe(top.dimension);
    }
    expect(of(seedFiles.cgtn).frames.find((f) => f.dimension === 'security-defense')?.label).toBe(
      'Security & defence',
    );
  });

  it('finds the seeds’ contradiction: held at NATO’s initiative / it is not NATO’s initiative', () => {
    const pair = summary.contradictions.find(
      (c) => c.a.text.includes('NATO’s initiative') && c.b.text.includes("not NATO's initiative"),
    );
    expect(pair).toMatchObject({
      kind: 'negation',
      a: { articleId: seedFiles.cgtn },
      b: { articleId: seedFiles.sputnik },
    });
    const cgtn = articles.find((a) => a.id === seedFiles.cgtn)!;
    expect(cgtn.body.slice(pair!.a.start, pair!.a.end)).toBe(pair!.a.text);
    // Each pair of spans is reported once even when several rows hold the same passages.
    const keys = summary.contradictions.map(
      (c) => `${c.a.articleId}${c.a.start}${c.b.articleId}${c.b.start}${c.kind}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('computes with the lexicons it is given: a disabled entry no longer counts', () => {
    const base = defaultLexicons().files.find(
      (f) => f.language === 'en' && f.kind === 'contested-term',
    )!;
    const coupEntries = base.entries.filter((e) =>
      (typeof e.pattern === 'string' ? [e.pattern] : e.pattern).some((p) => /coup/.test(p)),
    );
    expect(coupEntries.length).toBeGreaterThan(0);
    const edited: LexiconFile = {
      ...base,
      entries: base.entries.map((e) => (coupEntries.includes(e) ? { ...e, enabled: false } : e)),
    };
    const lexicons = loadLexicons([...defaultLexicons().files.filter((f) => f !== base), edited]);
    const again = summarizeStory(articles, [], lexicons);
    const used = again.contested.flatMap((c) => c.byArticle[seedFiles.sputnik] ?? []);
    expect(used.map((u) => u.term)).not.toContain('foreign-sponsored coup');
    expect(again.contradictions).toEqual([]);
  });
});
