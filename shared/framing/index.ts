/**
 * The framing lens, pure core: lexicon loading, cue detection, quotes and voices, frame profiles
 * and contradictions between aligned passages. The backend and the UI import from here.
 */
export { CUE_KINDS, detectCues, type Cue, type DetectOptions } from './cues.ts';
export {
  LEXICON_KINDS,
  lexiconFileSchema,
  lexiconEntrySchema,
  type CueKind,
  type LexiconEntry,
  type LexiconFile,
  type LexiconKind,
} from './lexicon-schema.ts';
export {
  defaultLexicons,
  entriesOf,
  loadLexicons,
  mergeLexiconFiles,
  type Lexicons,
} from './lexicons.ts';
export { extractQuotes, type Quote } from './quotes.ts';
export { articleVoices, type ArticleVoices, type Voice, type VoicesOptions } from './voices.ts';
export {
  FRAME_DIMENSIONS,
  frameProfile,
  type FrameDimension,
  type FrameProfile,
  type FrameScore,
} from './frames.ts';
export { contradictions, type Contradiction, type Span } from './contradictions.ts';
export { summarizeCues, type CueSummary, type TermChoice } from './summary.ts';
