/**
 * Cutting a stretch of an article's clean body at annotation boundaries, so each piece can be
 * drawn with the annotations that cover it (overlaps stack), and the colours they are drawn in.
 */
import type { Annotation, Code } from '../../../shared/api/annotation-methods.ts';
import { splitAtSpans } from '../../../shared/text/split-runs.ts';

export interface AnnotationRun {
  /** Offsets into the clean body, end exclusive; `text` is that slice. */
  start: number;
  end: number;
  text: string;
  /** Annotations covering the whole run: outermost (earliest start, then longest) first. */
  covering: Annotation[];
  /** Those of `covering` that begin in this run, for the code label. */
  starting: Annotation[];
}

/**
 * Splits `text` (the body from `start`) at the boundaries of the anchored annotations that touch
 * it. Orphans are not drawn: their offsets are only where they used to be.
 */
export function annotationRuns(
  text: string,
  start: number,
  annotations: readonly Annotation[],
): AnnotationRun[] {
  const anchored = annotations.filter((a) => a.status === 'anchored');
  const runs = splitAtSpans(text, start, anchored);
  if (runs.every((run) => run.covering.length === 0)) {
    return [{ start, end: start + text.length, text, covering: [], starting: [] }];
  }
  return runs.map((run) => ({
    ...run,
    starting: run.covering.filter(
      (a) => a.start === run.start || (run.start === start && a.start < start),
    ),
  }));
}

export const defaultAnnotationColor = '#8a6cf0';

/** The colour a passage is drawn in: its own, else its first known code's, else the default. */
export function annotationColor(
  annotation: Pick<Annotation, 'color' | 'codeIds'>,
  codes: ReadonlyMap<string, Code>,
): string {
  if (annotation.color) return annotation.color;
  for (const id of annotation.codeIds) {
    const code = codes.get(id);
    if (code) return code.color;
  }
  return defaultAnnotationColor;
}

/** `#rrggbb` as `rgba(r, g, b, alpha)`. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  if (!/^#[0-9a-f]{6}$/i.test(hex) || Number.isNaN(value)) return `rgba(138, 108, 240, ${alpha})`;
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  if (Number.isNaN(value)) return '#ffffff';
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.4 ? '#111318' : '#ffffff';
}

/** What an annotation's label says: its codes' names, or "note" for a passage with only a note. */
export function annotationLabel(
  annotation: Pick<Annotation, 'codeIds' | 'note'>,
  codes: ReadonlyMap<string, Code>,
): string {
  const names = annotation.codeIds.map((id) => codes.get(id)?.name ?? 'unknown code');
  if (names.length > 0) return names.join(', ');
  return annotation.note.trim() ? 'note' : '';
}
