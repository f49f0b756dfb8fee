/**
 * The shape of a codebook file such as the shipped default (shared/data/codebooks/default.json):
 * a versioned, sourced, licensed tree of codes with stable ids, names, descriptions and colours.
 */
import { z } from 'zod';

/** Lowercase letters, digits and hyphens: ids stay stable across releases and languages. */
export const codeIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CodebookCodeNode {
  id: string;
  name: string;
  description: string;
  color: string;
  children?: CodebookCodeNode[];
}

export const codebookCode: z.ZodType<CodebookCodeNode> = z.lazy(() =>
  z.object({
    id: z.string().regex(codeIdPattern, 'ids are lowercase words joined by hyphens'),
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(5000),
    color: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #aabbcc'),
    children: z.array(codebookCode).optional(),
  }),
);

export const codebookFile = z.object({
  /** Bumped when codes are added, renamed or re-described. */
  version: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  description: z.string(),
  /** Where the categories come from (publications cited as facts). */
  source: z.string().min(1),
  /** Under what terms the descriptions and colours may be used. */
  licence: z.string().min(1),
  codes: z.array(codebookCode).min(1),
});
export type CodebookFileData = z.infer<typeof codebookFile>;

/** Every code of the tree, depth first, with its parent's id (null at the top). */
export function flattenCodebook(
  codes: readonly CodebookCodeNode[],
  parentId: string | null = null,
): (CodebookCodeNode & { parentId: string | null })[] {
  return codes.flatMap((c) => [{ ...c, parentId }, ...flattenCodebook(c.children ?? [], c.id)]);
}
