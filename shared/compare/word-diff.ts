/**
 * Word-level diff of two near-identical passages (wire copy and its rewrites), for the compare
 * view. Built on the `diff` package; this module only tokenises, folds case and punctuation on
 * request, and decides when two passages are close enough for a diff to be worth reading.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

/** A run of text that both passages share, or that only the other (`added`) or base has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface WordDiffOptions {
  /** Treat "Moscow," and "moscow" as the same word; punctuation-only changes vanish. */
  ignoreCaseAndPunctuation: boolean;
}

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
const tokenPattern = /\s+|[^\s]+/gu;
const punctuation = /[\p{P}\p{S}]/gu;

function tokens(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** Lower case without punctuation; '' for a token that is only whitespace or punctuation. */
function fold(token: string): string {
  return token.toLowerCase().replace(punctuation, '').trim();
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

function foldedDiff(base: string, other: string): DiffPart[] {
  const changes = diffArrays(tokens(base), tokens(other), {
    comparator: (left, right) => fold(left) === fold(right),
  });
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const text = change.value.join('');
    // Whitespace and punctuation alone are not a change when the user asked to ignore them.
    const isNoise = change.value.every((token) => fold(token) === '');
    if (change.removed) {
      if (!isNoise) parts.push({ kind: 'removed', text });
    } else {
      parts.push({ kind: change.added && !isNoise ? 'added' : 'same', text });
    }
  }
  return merge(parts);
}

/**
 * The changes that turn `base` into `other`, word by word. `same` and `added` parts, in order,
 * spell out `other` exactly; `removed` parts are the base's words that `other` dropped.
 */
export function wordDiff(base: string, other: string, options: WordDiffOptions): DiffPart[] {
  if (options.ignoreCaseAndPunctuation) return foldedDiff(base, other);
  return merge(
    diffWordsWithSpace(base, other).map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    })),
  );
}

/** Words (folded) of a passage, punctuation and case aside. */
function words(text: string): string[] {
  return tokens(text)
    .map(fold)
    .filter((word) => word !== '');
}

/**
 * True when `a` and `b` share, in order, at least `minShare` of the words of the longer one:
 * the mark of copy reused with edits, as opposed to two outlets telling the same fact in their
 * own words. 0.6 keeps a rewrite with a changed clause and rejects a paraphrase.
 */
export function isNearIdentical(a: string, b: string, minShare = 0.6): boolean {
  const left = words(a);
  const right = words(b);
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return false;
  const shared = diffArrays(left, right)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.count, 0);
  return shared / longer >= minShare;
}

/** Words added and removed in a diff, for a row's summary ("3 words changed"). */
export function countChangedWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    const count = words(part.text).length;
    if (part.kind === 'added') added += count;
    if (part.kind === 'removed') removed += count;
  }
  return { added, removed };
}
