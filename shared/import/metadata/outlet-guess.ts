/**
 * Which outlet published an article, from all the evidence an import has. Each kind of evidence
 * has a fixed confidence; the strongest wins, and independent kinds that agree add a little:
 *
 * | evidence                                             | confidence |
 * |------------------------------------------------------|-----------:|
 * | given with the input (JSON field, manifest, user)     | 1.0  |
 * | the URL's domain is a registry domain                | 0.95 |
 * | the HTML site name (`og:site_name`) is a known name   | 0.9  |
 * | the HTML site name, unknown to the registry          | 0.8  |
 * | a name line, dateline prefix or title suffix         | 0.85 |
 * | a registry domain in the file name                   | 0.7  |
 * | a self-reference (`told Radio Sputnik`, `Comment via`)| 0.6  |
 * | an outlet name as a word of the file name            | 0.5  |
 * | a photo credit (`© Sputnik / ...`)                   | 0.4  |
 * | a URL whose domain the registry does not know        | 0.3  |
 *
 * No evidence, no guess: the result is null rather than a default.
 */
import type { Guess } from '../types.ts';
import { hostOf, outletFromHost, outletFromName, outletFromUrl } from './outlet-lookup.ts';
import { findOutletMentions } from './outlet-mention.ts';
import type { OutletEntry, OutletRegistry } from './outlet-registry.ts';

/** What {@link guessOutlet} looks at. */
export interface OutletGuessInput {
  /** The article's source lines, in order. */
  lines: string[];
  url?: string | null;
  /** The site name an HTML page declares (`og:site_name`, `application-name`). */
  siteName?: string | null;
  fileName?: string | null;
  /** An outlet given with the input: trusted. */
  given?: string | null;
}

/** An outlet guess: the display name, where it came from, and the registry entry when known. */
export type OutletGuess = Guess<string> & { entry: OutletEntry | null; line: number | null };

/** Confidence by kind of evidence (mentions in the text: see `MENTION_CONFIDENCE`). */
export const OUTLET_CONFIDENCE = {
  given: 1,
  url: 0.95,
  siteName: 0.9,
  unknownSiteName: 0.8,
  fileNameDomain: 0.7,
  fileNameWord: 0.5,
  unknownUrl: 0.3,
  /** Added once when two or more independent kinds of evidence name the same outlet. */
  agreement: 0.05,
} as const;

/** A guess with the kind of evidence behind it, so that agreeing kinds can be counted. */
type Evidence = OutletGuess & { kind: string };

/** Evidence from metadata and file name, each of its own kind. */
function metadataEvidence(input: OutletGuessInput, registry: OutletRegistry): Evidence[] {
  const found: Evidence[] = [];
  const add = (
    kind: string,
    entry: OutletEntry | null,
    value: string,
    source: string,
    confidence: number,
  ): void => {
    found.push({ value: entry?.name ?? value, source, confidence, line: null, entry, kind });
  };
  const given = input.given?.trim();
  if (given) add('given', outletFromName(given, registry), given, given, OUTLET_CONFIDENCE.given);
  const url = input.url?.trim();
  const host = url ? hostOf(url) : null;
  if (url && host !== null) {
    const entry = outletFromUrl(url, registry);
    add(
      'url',
      entry,
      host,
      url,
      entry === null ? OUTLET_CONFIDENCE.unknownUrl : OUTLET_CONFIDENCE.url,
    );
  }
  const site = input.siteName?.trim();
  if (site) {
    const entry = outletFromName(site, registry);
    const confidence =
      entry === null ? OUTLET_CONFIDENCE.unknownSiteName : OUTLET_CONFIDENCE.siteName;
    add('site-name', entry, site, site, confidence);
  }
  const fromFile = input.fileName ? fileNameEvidence(input.fileName, registry) : null;
  if (fromFile !== null) found.push({ ...fromFile, kind: 'file-name' });
  return found;
}

const DOMAIN_IN_NAME_RE = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])/gi;
const HAS_LETTER_RE = /\p{L}/u;

/** A registry domain in the file name (`www.rt.com_news_1.html`), else an outlet name as a word of it. */
function fileNameEvidence(fileName: string, registry: OutletRegistry): OutletGuess | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
  for (const [domain] of base.matchAll(DOMAIN_IN_NAME_RE)) {
    const entry = outletFromHost(domain.toLowerCase(), registry);
    if (entry !== null) {
      return {
        value: entry.name,
        source: fileName,
        confidence: OUTLET_CONFIDENCE.fileNameDomain,
        line: null,
        entry,
      };
    }
  }
  const words = base.split(/[\s_.,()[\]–—-]+/).filter((w) => HAS_LETTER_RE.test(w));
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      // Two-letter words name an outlet only in capitals (`RT`, `AP`): `ap` is too often something else.
      if (phrase.length < 3 && phrase !== phrase.toUpperCase()) continue;
      const entry = outletFromName(phrase, registry);
      if (entry !== null) {
        return {
          value: entry.name,
          source: fileName,
          confidence: OUTLET_CONFIDENCE.fileNameWord,
          line: null,
          entry,
        };
      }
    }
  }
  return null;
}

/**
 * The outlet of an article, combining the evidence in the table above, or null when there is
 * none. Ties go to the evidence listed first (given, URL, site name, text, file name).
 */
export function guessOutlet(input: OutletGuessInput, registry: OutletRegistry): OutletGuess | null {
  const evidence = metadataEvidence(input, registry);
  for (const m of findOutletMentions(input.lines, registry)) {
    const { entry, text, confidence, line, kind } = m;
    evidence.push({ value: entry.name, source: text, confidence, line, entry, kind });
  }
  let best: Evidence | null = null;
  for (const e of evidence) if (best === null || e.confidence > best.confidence) best = e;
  if (best === null) return null;
  const { kind: _kind, ...guess } = best;
  if (guess.entry === null || guess.confidence >= 1) return guess;
  const id = guess.entry.id;
  const agreeingKinds = new Set(evidence.filter((e) => e.entry?.id === id).map((e) => e.kind));
  if (agreeingKinds.size < 2) return guess;
  const bumped = Math.round((guess.confidence + OUTLET_CONFIDENCE.agreement) * 100) / 100;
  return { ...guess, confidence: Math.min(0.99, bumped) };
}
