/**
 * Where the reader should land when it opens an article from a search hit: the passage to flash
 * and the matched span inside it, as offsets into the clean body (UTF-16 code units, end
 * exclusive). Kept in the URL hash so that a reload or the back button lands in the same place.
 */
export interface PassageTarget {
  passageStart: number;
  passageEnd: number;
  /** The matched span; equal to the passage when there is no narrower span. */
  start: number;
  end: number;
}

const range = /^(\d{1,9})-(\d{1,9})$/;

function parseRange(value: string | null): [number, number] | null {
  const match = value ? range.exec(value) : null;
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return to >= from ? [from, to] : null;
}

/** `passage=12-80&match=20-40`, the query part of an article's hash. */
export function formatTarget(target: PassageTarget): string {
  return `passage=${target.passageStart}-${target.passageEnd}&match=${target.start}-${target.end}`;
}

/** The target in a hash query, or null when it is missing or malformed (then the reader opens at the top). */
export function parseTarget(query: string): PassageTarget | null {
  const params = new URLSearchParams(query);
  const passage = parseRange(params.get('passage'));
  if (!passage) return null;
  const match = parseRange(params.get('match')) ?? passage;
  return { passageStart: passage[0], passageEnd: passage[1], start: match[0], end: match[1] };
}
