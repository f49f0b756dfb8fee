import { describe, expect, it } from 'vitest';
import { guessOutlet, OUTLET_CONFIDENCE } from './outlet-guess.ts';
import { MENTION_CONFIDENCE } from './outlet-mention.ts';
import { loadDefaultRegistry } from './outlet-registry.ts';

const registry = loadDefaultRegistry();
const BODY = 'NATO and Russia agreed to keep military lines of communication open, officials said.';
const brief = (g: ReturnType<typeof guessOutlet>) =>
  g === null
    ? null
    : { value: g.value, id: g.entry?.id ?? null, confidence: g.confidence, line: g.line };

describe('guessOutlet', () => {
  it('trusts a given outlet above everything, by its canonical name', () => {
    const g = guessOutlet(
      { lines: ['Title', 'CGTN', BODY], url: 'https://rt.com/x', given: 'ria novosti' },
      registry,
    );
    expect(brief(g)).toEqual({
      value: 'RIA Novosti',
      id: 'ria-novosti',
      confidence: 1,
      line: null,
    });
  });

  it('keeps a given outlet the registry does not know', () => {
    expect(brief(guessOutlet({ lines: [], given: 'Baku Daily' }, registry))).toEqual({
      value: 'Baku Daily',
      id: null,
      confidence: 1,
      line: null,
    });
  });

  it('prefers the URL to what the text says', () => {
    const g = guessOutlet(
      { lines: ['Title', '© Sputnik / Ramil Sitdikov', BODY], url: 'https://www.rt.com/news/1/' },
      registry,
    );
    expect(brief(g)).toEqual({
      value: 'RT',
      id: 'rt',
      confidence: OUTLET_CONFIDENCE.url,
      line: null,
    });
  });

  it('uses a known HTML site name', () => {
    const g = guessOutlet({ lines: [BODY], siteName: 'RT International' }, registry);
    expect(brief(g)).toEqual({
      value: 'RT',
      id: 'rt',
      confidence: OUTLET_CONFIDENCE.siteName,
      line: null,
    });
  });

  it('keeps an unknown HTML site name, less sure', () => {
    const g = guessOutlet({ lines: [BODY], siteName: 'Baku Daily' }, registry);
    expect(brief(g)).toEqual({
      value: 'Baku Daily',
      id: null,
      confidence: OUTLET_CONFIDENCE.unknownSiteName,
      line: null,
    });
  });

  it('reads a name line with its line number', () => {
    expect(brief(guessOutlet({ lines: ['Title', 'CGTN', BODY] }, registry))).toEqual({
      value: 'CGTN',
      id: 'cgtn',
      confidence: MENTION_CONFIDENCE['name-line'],
      line: 2,
    });
  });

  it('adds a little when independent kinds of evidence agree', () => {
    const lines = ['Title', `PanARMENIAN.Net - ${BODY}`, '© 2011 PanARMENIAN.Net'];
    expect(guessOutlet({ lines }, registry)?.confidence).toBe(0.9);
  });

  it('does not add for the same kind of evidence twice', () => {
    const lines = ['Title', BODY, 'He told Radio Sputnik.', 'Comment via Sputnik'];
    expect(guessOutlet({ lines }, registry)?.confidence).toBe(MENTION_CONFIDENCE['self-reference']);
  });

  it('takes a photo credit alone only with low confidence', () => {
    const g = guessOutlet({ lines: ['Title', '© Sputnik / Ramil Sitdikov', BODY] }, registry);
    expect(brief(g)).toEqual({ value: 'Sputnik', id: 'sputnik', confidence: 0.4, line: 2 });
  });

  it.each([
    ['www.rt.com_news_227819-nato-russia.html', 'rt', OUTLET_CONFIDENCE.fileNameDomain],
    ['saved/segodnya.ua-nato.html', 'segodnya', OUTLET_CONFIDENCE.fileNameDomain],
    ['RT - NATO wants to reestablish communication.txt', 'rt', OUTLET_CONFIDENCE.fileNameWord],
    ['kyiv_post_2018-01-08.txt', 'kyiv-post', OUTLET_CONFIDENCE.fileNameWord],
  ])('reads the file name %j', (fileName, id, confidence) => {
    const g = guessOutlet({ lines: [BODY], fileName }, registry);
    expect(g?.entry?.id).toBe(id);
    expect(g?.confidence).toBe(confidence);
  });

  it.each(['002_c3c36266fd6b828a.txt', 'map_of_the_region.txt', 'article.html'])(
    'reads nothing into the file name %j',
    (fileName) => {
      expect(guessOutlet({ lines: [BODY], fileName }, registry)).toBeNull();
    },
  );

  it('falls back to an unknown domain with the lowest confidence', () => {
    const g = guessOutlet(
      { lines: [BODY], url: 'https://www.baku-daily.example/news/1' },
      registry,
    );
    expect(brief(g)).toEqual({
      value: 'baku-daily.example',
      id: null,
      confidence: OUTLET_CONFIDENCE.unknownUrl,
      line: null,
    });
  });

  it('returns null without evidence', () => {
    expect(
      guessOutlet(
        { lines: ['Title', BODY], url: null, siteName: null, fileName: null, given: null },
        registry,
      ),
    ).toBeNull();
  });
});
