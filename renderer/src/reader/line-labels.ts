import type { ArticleLine } from '../../../shared/api/schemas.ts';

/** "chrome · share widget"; just the role when the reason adds nothing ("title · title"). */
export function removalLabel(line: ArticleLine): string {
  return line.reason && line.reason !== line.role ? `${line.role} · ${line.reason}` : line.role;
}

/** A standfirst (the lead under the headline) is part of the clean body, not removed. */
export function isRemoved(line: ArticleLine): boolean {
  return line.role !== 'body' && line.role !== 'standfirst';
}

/** Lines taken out of the body that carried text (blank lines are not worth counting). */
export function countRemoved(lines: readonly ArticleLine[]): number {
  return lines.filter((line) => isRemoved(line) && line.role !== 'blank').length;
}

/** The clean body is body lines joined by blank lines; each is a paragraph. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
