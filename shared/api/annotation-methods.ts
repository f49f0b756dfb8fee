/**
 * Contract methods for coding passages: codebooks and their codes, annotations with durable
 * anchors (W3C TextQuote + TextPosition selectors, re-anchored when an article's text changes),
 * coders and their agreement, exports and imports, and article versions. Spread into `contract`.
 */
import { z } from 'zod';
import { articleDetail, uploadedFile } from './schemas.ts';

const id = z.string().min(1);
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #aabbcc');
const coderName = z.string().trim().min(1).max(100);

export const codebook = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The shipped default (Media Frames Corpus dimensions + persuasion techniques). */
  builtIn: z.boolean(),
});
export type Codebook = z.infer<typeof codebook>;

export const code = z.object({
  id: z.string(),
  codebookId: z.string(),
  /** Codes nest: the parent code's id, or null at the top. */
  parentId: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  color: colour,
  /** A single key ("1".."9") that applies this code in the popover, or null. */
  shortcut: z.string().nullable(),
  /** Retired codes stay on their passages but are no longer offered. */
  retired: z.boolean(),
  /** Passages coded with it (any coder, anchored or orphan). */
  usage: z.number().int(),
});
export type Code = z.infer<typeof code>;

/** W3C Web Annotation selectors, as stored and exported. */
export const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export const textPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const annotationStatus = z.enum(['anchored', 'orphan']);

export const annotation = z.object({
  id: z.string(),
  articleId: z.string(),
  /** The article version the offsets refer to (1 for the first import). */
  articleVersion: z.number().int().positive(),
  codeIds: z.array(z.string()),
  note: z.string(),
  /** The user's colour for this passage, or null to use the first code's. */
  color: colour.nullable(),
  coder: z.string(),
  /** Offsets into the article's current clean body, end exclusive (last known place for an orphan). */
  start: z.number().int(),
  end: z.number().int(),
  quote: textQuoteSelector,
  status: annotationStatus,
  /** 0..1: how sure the last re-anchoring was (1 for an exact match at the stored place). */
  confidence: z.number().min(0).max(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotation>;

/** An annotation with what the panel shows of its article. */
export const annotationRow = annotation.extend({
  articleTitle: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});
export type AnnotationRow = z.infer<typeof annotationRow>;

export const annotationFilter = z.object({
  articleIds: z.array(id).optional(),
  codeIds: z.array(id).optional(),
  coders: z.array(z.string()).optional(),
  outlets: z.array(z.string()).optional(),
  status: annotationStatus.optional(),
});
export type AnnotationFilter = z.infer<typeof annotationFilter>;

export const exportFormat = z.enum(['w3c', 'csv', 'qdpx']);

const itemProblem = z.object({
  /** Which item: its index in the file (0-based) and id or line when known. */
  item: z.string(),
  reason: z.string(),
});

export const annotationMethods = {
  /** The coder name new annotations carry (set once per machine; "me" until set). */
  'annotations.getCoder': { input: z.object({}), output: z.object({ coder: z.string() }) },
  'annotations.setCoder': {
    input: z.object({ coder: coderName }),
    output: z.object({ coder: z.string() }),
  },
  /** Every codebook with its codes (retired ones included, flagged). */
  'codebooks.list': {
    input: z.object({}),
    output: z.array(z.object({ codebook, codes: z.array(code) })),
  },
  'codebooks.create': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      description: z.string().max(5000).default(''),
    }),
    output: codebook,
  },
  'codebooks.update': {
    input: z.object({
      id,
      name: z.string().trim().min(1).max(200).optional(),
      description: z.string().max(5000).optional(),
    }),
    output: codebook,
  },
  'codes.create': {
    input: z.object({
      codebookId: id,
      name: z.string().trim().min(1).max(200),
      description: z.string().max(5000).default(''),
      color: colour.optional(),
      parentId: id.nullable().default(null),
    }),
    output: code,
  },
  /** Rename, describe, recolour, re-nest, set a shortcut, retire or bring back a code. */
  'codes.update': {
    input: z.object({
      id,
      name: z.string().trim().min(1).max(200).optional(),
      description: z.string().max(5000).optional(),
      color: colour.optional(),
      parentId: id.nullable().optional(),
      shortcut: z
        .string()
        .regex(/^[1-9]$/)
        .nullable()
        .optional(),
      retired: z.boolean().optional(),
    }),
    output: code,
  },
  /** Moves every passage coded with the sources onto the target, then retires the sources. */
  'codes.merge': {
    input: z.object({ sourceIds: z.array(id).min(1), targetId: id }),
    output: z.object({ moved: z.number().int() }),
  },
  'annotations.list': {
    input: annotationFilter,
    output: z.array(annotationRow),
  },
  /** Codes a span of an article's current clean body (offsets end exclusive). */
  'annotations.create': {
    input: z
      .object({
        articleId: id,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        codeIds: z.array(id).default([]),
        note: z.string().max(20_000).default(''),
        color: colour.nullable().default(null),
        /** Defaults to the current coder. */
        coder: coderName.optional(),
      })
      .refine((a) => a.end > a.start, 'the selection is empty')
      .refine((a) => a.codeIds.length > 0 || a.note.trim() !== '', 'pick a code or write a note'),
    output: annotation,
  },
  'annotations.update': {
    input: z.object({
      id,
      codeIds: z.array(id).optional(),
      note: z.string().max(20_000).optional(),
      color: colour.nullable().optional(),
      /** Re-attach (an orphan, or a misplaced passage) to this span of the current body. */
      span: z.object({ start: z.number().int().nonnegative(), end: z.number().int() }).optional(),
    }),
    output: annotation,
  },
  /** Deletes; the reply carries the annotation so that `annotations.restore` can undo it. */
  'annotations.delete': { input: z.object({ id }), output: annotation },
  /** Undo of a delete: puts the annotation back exactly as it was. */
  'annotations.restore': { input: z.object({ annotation }), output: annotation },
  /**
   * Agreement between coders on the articles they both (all) coded, per code: Cohen's kappa for
   * two coders, Krippendorff's alpha (nominal) for two or more, over the articles' passages as
   * units (a code applies to a passage when an annotation with it overlaps the passage); with the
   * passages where they disagree.
   */
  'annotations.agreement': {
    input: z.object({
      coders: z.array(z.string().min(1)).min(2),
      articleIds: z.array(id).optional(),
      codebookId: id.optional(),
    }),
    output: z.object({
      coders: z.array(z.string()),
      articleCount: z.number().int(),
      unitCount: z.number().int(),
      perCode: z.array(
        z.object({
          codeId: z.string(),
          name: z.string(),
          /** Units each coder applied it to, in `coders` order. */
          applied: z.array(z.number().int()),
          /** Null when undefined (e.g. no variation at all). */
          kappa: z.number().nullable(),
          alpha: z.number().nullable(),
          /** Null when no passage was coded by two of the coders. */
          percentAgreement: z.number().nullable(),
        }),
      ),
      /** Alpha over all codes together (units × codes as binary decisions). */
      overallAlpha: z.number().nullable(),
      disagreements: z.array(
        z.object({
          articleId: z.string(),
          articleTitle: z.string(),
          passageIndex: z.number().int(),
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          /** Code ids each coder applied to this passage, keyed by coder. */
          byCoder: z.record(z.string(), z.array(z.string())),
        }),
      ),
    }),
  },
  /**
   * Exports the annotations matching `filter`. With `path` (desktop, CLI) the file is written
   * there (via a temporary file and a rename); without, its bytes come back for a download.
   */
  'annotations.export': {
    input: z.object({
      format: exportFormat,
      filter: annotationFilter.default({}),
      path: z.string().min(1).optional(),
    }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      count: z.number().int(),
      path: z.string().optional(),
      contentBase64: z.string().optional(),
    }),
  },
  /** Imports W3C Web Annotation JSON or Parallax CSV; bad items are reported, the rest kept. */
  'annotations.import': {
    input: z
      .object({ path: z.string().min(1).optional(), file: uploadedFile.optional() })
      .refine((i) => (i.path === undefined) !== (i.file === undefined), 'give a path or a file'),
    output: z.object({
      added: z.number().int(),
      orphans: z.number().int(),
      problems: z.array(itemProblem),
    }),
  },
  /** An article's versions, newest first; the current one is flagged. */
  'articles.listVersions': {
    input: z.object({ id }),
    output: z.array(
      z.object({
        version: z.number().int().positive(),
        current: z.boolean(),
        importedAt: z.string(),
        /** What made it: 'import', 're-import', 'edit'. */
        origin: z.string(),
        wordCount: z.number().int(),
      }),
    ),
  },
  /** An old version's text (read-only), or the current one. */
  'articles.getVersion': {
    input: z.object({ id, version: z.number().int().positive() }),
    output: z.object({ version: z.number().int(), body: z.string(), importedAt: z.string() }),
  },
  /**
   * Replaces an article's clean body with corrected text: a new version; passages are re-cut,
   * the search indexes refreshed and the article's annotations re-anchored (some may orphan).
   */
  'articles.editText': {
    input: z.object({ id, body: z.string().trim().min(1).max(2_000_000) }),
    output: z.object({
      detail: articleDetail,
      version: z.number().int(),
      reanchored: z.number().int(),
      orphaned: z.number().int(),
    }),
  },
} as const;

export const annotationEvents = {
  /** Annotations of these articles changed (created, edited, deleted, re-anchored). */
  'annotations.changed': z.object({ articleIds: z.array(z.string()) }),
  /** Codebooks or codes changed. */
  'codebooks.changed': z.object({}),
} as const;
