/**
 * What exports take and imports give, shared by the W3C JSON, CSV and REFI-QDA formats.
 */
import type { Annotation } from '../api/annotation-methods.ts';
import type { TextPositionSelector, TextQuoteSelector } from './selectors.ts';

/** The fields of an annotation that exports use. */
export type ExportAnnotation = Pick<
  Annotation,
  | 'id'
  | 'articleId'
  | 'codeIds'
  | 'note'
  | 'coder'
  | 'start'
  | 'end'
  | 'quote'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
>;

export interface ExportArticle {
  id: string;
  title: string;
  outlet: string | null;
  /** Publication date as stored (ISO date or date-time), or null. */
  published: string | null;
  /** The original web address, when known. */
  url: string | null;
  /** The article's current clean body (needed by the REFI-QDA export only). */
  body?: string;
}

export interface ExportCode {
  id: string;
  name: string;
  parentId: string | null;
  description: string;
  color: string;
}

export interface ExportBundle {
  annotations: readonly ExportAnnotation[];
  /** The articles the annotations belong to (others are ignored). */
  articles: readonly ExportArticle[];
  /** Codes referred to by the annotations, and their parents for the hierarchy. */
  codes: readonly ExportCode[];
}

/** A code as an imported file names it: by Parallax id when the file has one, and by name. */
export interface ImportedCode {
  id: string | null;
  name: string;
}

/** One annotation read from an imported file, not yet matched to the library. */
export interface ImportedAnnotation {
  /** How problems refer to it: "annotation 3 (id …)" or "line 7". */
  item: string;
  /** Its id in the file, if any. */
  sourceId: string | null;
  /** The Parallax article id (from `parallax:article/<id>` or the CSV column), if any. */
  articleId: string | null;
  /** The article's web address, if the file gives one. */
  url: string | null;
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
  codes: ImportedCode[];
  note: string;
  coder: string | null;
  createdAt: string | null;
}

export interface ImportProblem {
  /** Which item: its index in the file (0-based) and id or line when known. */
  item: string;
  reason: string;
}

export interface ParsedImport {
  items: ImportedAnnotation[];
  problems: ImportProblem[];
}
