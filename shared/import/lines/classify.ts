/**
 * Line classification, the heart of the importer: every line of the source text gets a role (body,
 * title, dateline, caption, chrome, ...) and, when it is not body, a reason a person can read.
 * Passes, in order: blanks and repeated lines; data-driven rules; date and outlet metadata; page
 * structure (title, the zone above the body, the zone below it). Later passes only decide lines the
 * earlier ones left open.
 */
import type { ArticleLine, LineRole } from '../../api/schemas.ts';
import type { OutletEntry, OutletRegistry } from '../metadata/outlets.ts';
import type { RuleSet } from '../rules/rule-set.ts';
import { lineFeatures, type LineFeatures } from './features.ts';
import { applyMetadata, applyRules } from './rule-pass.ts';
import { applyStructure } from './structure.ts';

/** A line handed to the classifier: its content (markup removed) and where that sits. */
export interface SourceLine {
  /** The whole line as it appears in the source text. */
  raw: string;
  /** The part that carries text, e.g. a Markdown heading without its '#'. Not trimmed. */
  content: string;
  /** Offset of `content` in the source text. */
  offset: number;
  isHeading?: boolean;
  /** On a web page, outside the element holding the article: chrome unless it is the title. */
  isOutsideArticle?: boolean;
  /** A role the format already knows (a Markdown image is a caption); no pass overrides it. */
  preset?: { role: LineRole; reason: string };
  /** A role the markup suggests (a share bar's class); applies when no rule named the line. */
  markupHint?: { role: LineRole; reason: string };
}

/** The lines to classify and what is already known about the article. */
export interface ClassifyInput {
  lines: SourceLine[];
  /** A title known from metadata (HTML, JSON, a Markdown heading); its line becomes `title`. */
  titleHint: string | null;
  registry: OutletRegistry;
  rules: RuleSet;
}

/** Mutable decisions shared by the passes; `role[i] === null` means still open. */
export interface ClassifyState {
  features: LineFeatures[];
  role: (LineRole | null)[];
  reason: (string | null)[];
  keywords: string[];
  titleIndex: number | null;
  outlet: { entry: OutletEntry; index: number } | null;
  rules: RuleSet;
  registry: OutletRegistry;
}

/** Every line's role and reason, plus what the classification found on the way. */
export interface Classification {
  lines: ArticleLine[];
  features: LineFeatures[];
  /** 0-based index of the title line, or null. */
  titleIndex: number | null;
  /** 0-based index of the first body line, or null when there is no body. */
  bodyStartIndex: number | null;
  keywords: string[];
  /** Caption texts in order, without repeats. */
  captions: string[];
  /** An outlet named by a line of its own ("CGTN" under the headline). */
  outlet: { entry: OutletEntry; index: number } | null;
}

/** Lines shorter than this repeat by chance ("Advertisement"); longer repeats are duplicates. */
const MIN_DUPLICATE_CHARS = 20;

/** Blank lines, and long lines repeated verbatim (the second copy is the duplicate). */
function markBlanksAndDuplicates(state: ClassifyState): void {
  const firstByKey = new Map<string, number>();
  for (const f of state.features) {
    if (f.isBlank) {
      state.role[f.index] = 'blank';
      continue;
    }
    if (state.role[f.index] !== null) continue;
    if (f.key.length < MIN_DUPLICATE_CHARS) continue;
    const first = firstByKey.get(f.key);
    if (first === undefined) {
      firstByKey.set(f.key, f.index);
    } else {
      state.role[f.index] = 'duplicate';
      state.reason[f.index] = `duplicate of line ${first + 1}`;
    }
  }
}

function isBodyRole(role: LineRole | null): boolean {
  return role === 'body' || role === 'standfirst';
}

function collectCaptions(state: ClassifyState): string[] {
  const seen = new Set<string>();
  const captions: string[] = [];
  for (const f of state.features) {
    if (state.role[f.index] !== 'caption' || seen.has(f.key)) continue;
    seen.add(f.key);
    captions.push(f.text);
  }
  return captions;
}

/** Classifies every line of a source text. Pure; linear in the number of lines. */
export function classifyLines(input: ClassifyInput): Classification {
  const features = input.lines.map((line, i) => {
    const lead = line.content.length - line.content.trimStart().length;
    return lineFeatures(i, line.content.trim(), line.offset + lead, line);
  });
  const state: ClassifyState = {
    features,
    role: features.map(() => null),
    reason: features.map(() => null),
    keywords: [],
    titleIndex: null,
    outlet: null,
    rules: input.rules,
    registry: input.registry,
  };
  input.lines.forEach((line, i) => {
    if (line.preset === undefined) return;
    state.role[i] = line.preset.role;
    state.reason[i] = line.preset.reason;
  });
  markBlanksAndDuplicates(state);
  applyRules(state);
  applyMetadata(state);
  applyStructure(state, input.titleHint);
  const lines: ArticleLine[] = input.lines.map((line, i) => {
    const role = state.role[i] ?? 'body';
    return {
      line: i + 1,
      text: line.raw,
      role,
      reason: isBodyRole(role) ? null : (state.reason[i] ?? null),
    };
  });
  const bodyStart = lines.findIndex((l) => isBodyRole(l.role));
  return {
    lines,
    features,
    titleIndex: state.titleIndex,
    bodyStartIndex: bodyStart < 0 ? null : bodyStart,
    keywords: state.keywords,
    captions: collectCaptions(state),
    outlet: state.outlet,
  };
}
