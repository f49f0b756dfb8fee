/**
 * Cutting a stretch of text at the boundaries of spans laid over it (framing cues, annotations,
 * report marks), so that each piece can be drawn with every span that covers it.
 */

/** A piece of the stretch with the same covering spans. */
export interface SpanRun<T> {
  /** Offsets in the spans' coordinates (the clean body), end exclusive; `text` is that slice. */
  start: number;
  end: number;
  text: string;
  /** The spans covering the whole piece, outermost (earliest start, then longest) first. */
  covering: T[];
}

/**
 * Splits `text` (which stands at `[textStart, textStart + text.length)`) at every span boundary
 * inside it. Spans may overlap or nest; empty spans and spans outside the stretch are ignored,
 * spans crossing its edges are clipped. Offsets are UTF-16 code units.
 */
export function splitAtSpans<T extends { start: number; end: number }>(
  text: string,
  textStart: number,
  spans: readonly T[],
): SpanRun<T>[] {
  const textEnd = textStart + text.length;
  const inside = spans
    .filter((s) => s.end > s.start && s.start < textEnd && s.end > textStart)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([textStart, textEnd]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, textStart));
    cuts.add(Math.min(s.end, textEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: SpanRun<T>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? textStart;
    const end = points[i + 1] ?? textEnd;
    if (end <= start) continue;
    runs.push({
      start,
      end,
      text: text.slice(start - textStart, end - textStart),
      covering: inside.filter((s) => s.start <= start && s.end >= end),
    });
  }
  return runs;
}
