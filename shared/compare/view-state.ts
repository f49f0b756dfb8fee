/**
 * What the compare view remembers across a restart (through `settings.setViewState`): the story,
 * the articles it may show, the columns in order, the pivot and the toggles. Saved state is read
 * back through a schema, since an older version of the app may have written something else.
 */
import { z } from 'zod';

export const maxColumns = 6;
export const minColumns = 2;

export const compareViewState = z.object({
  storyId: z.string().nullable(),
  /** The story title (or a description of the library pick), for the view's heading. */
  title: z.string(),
  /** Every article the user may put in a column: the story's members, or the library pick. */
  candidates: z.array(z.string()),
  /** Shown columns, left to right: 2–6 of the candidates. */
  columns: z.array(z.string()).min(minColumns).max(maxColumns),
  pivot: z.string().nullable(),
  showDiff: z.boolean(),
  ignoreCaseAndPunctuation: z.boolean(),
  panel: z.enum(['rows', 'coverage']),
});
export type CompareViewState = z.infer<typeof compareViewState>;

/** Saved state, or null when there is none or it no longer fits the schema. */
export function parseCompareViewState(saved: unknown): CompareViewState | null {
  const result = compareViewState.safeParse(saved);
  return result.success ? result.data : null;
}

/** A fresh comparison of `candidates`: the first six as columns, the first as pivot. */
export function newCompareViewState(
  candidates: readonly string[],
  title: string,
  storyId: string | null,
): CompareViewState {
  const columns = candidates.slice(0, maxColumns);
  return {
    storyId,
    title,
    candidates: [...candidates],
    columns,
    pivot: columns[0] ?? null,
    showDiff: false,
    ignoreCaseAndPunctuation: false,
    panel: 'rows',
  };
}

/** Columns with `id` moved `step` places (−1 left, +1 right), clamped at the edges. */
export function moveColumn(columns: readonly string[], id: string, step: -1 | 1): string[] {
  const from = columns.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The pivot after `current`, cycling through the columns in display order. */
export function cyclePivot(columns: readonly string[], current: string | null, step: -1 | 1) {
  const at = current ? columns.indexOf(current) : -1;
  const next = (at + step + columns.length) % columns.length;
  return columns[next] ?? null;
}
