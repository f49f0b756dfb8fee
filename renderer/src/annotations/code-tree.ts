/** Codes in codebook order, nested under their parents, and filtered by what the user types. */
import type { Code, Codebook } from '../../../shared/api/annotation-methods.ts';

export interface CodeLine {
  code: Code;
  codebook: Codebook;
  depth: number;
  /** Parent names, outermost first, for a filtered list that loses the indentation. */
  path: string[];
}

/** Depth-first over each codebook's codes (children under their parent, in list order). */
export function codeLines(
  books: readonly { codebook: Codebook; codes: readonly Code[] }[],
): CodeLine[] {
  const lines: CodeLine[] = [];
  for (const { codebook, codes } of books) {
    const ids = new Set(codes.map((code) => code.id));
    const children = new Map<string | null, Code[]>();
    for (const code of codes) {
      const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
      const list = children.get(parent) ?? [];
      list.push(code);
      children.set(parent, list);
    }
    const seen = new Set<string>();
    const visit = (parent: string | null, depth: number, path: string[]) => {
      for (const code of children.get(parent) ?? []) {
        if (seen.has(code.id)) continue;
        seen.add(code.id);
        lines.push({ code, codebook, depth, path });
        visit(code.id, depth + 1, [...path, code.name]);
      }
    };
    visit(null, 0, []);
  }
  return lines;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The codes to offer: live ones (retired only when `keep` holds them, so an old passage still
 * shows its code), matching `query` in name first, then in description or parent names.
 */
export function filterCodeLines(
  lines: readonly CodeLine[],
  query: string,
  keep: ReadonlySet<string> = new Set(),
): CodeLine[] {
  const offered = lines.filter((line) => !line.code.retired || keep.has(line.code.id));
  const q = fold(query.trim());
  if (!q) return offered;
  const byName: CodeLine[] = [];
  const byOther: CodeLine[] = [];
  for (const line of offered) {
    if (fold(line.code.name).includes(q)) byName.push(line);
    else if (fold(`${line.code.description} ${line.path.join(' ')}`).includes(q))
      byOther.push(line);
  }
  return [...byName, ...byOther];
}

/** The live code a number key applies, if one has that shortcut. */
export function codeForShortcut(lines: readonly CodeLine[], key: string): Code | null {
  return lines.find((line) => line.code.shortcut === key && !line.code.retired)?.code ?? null;
}
