import { createContext, useContext } from 'react';
import type { AnnotationRow, Code } from '../../../shared/api/annotation-methods.ts';

export interface AnnotationsInView {
  /** The annotations of each article on screen. */
  byArticle: ReadonlyMap<string, readonly AnnotationRow[]>;
  codes: ReadonlyMap<string, Code>;
  /** The article when the view shows one (the reader), for text drawn without an explicit id. */
  articleId: string | null;
  /** Opens an annotation in the popover (from a list rather than its highlight). */
  edit: (annotation: AnnotationRow, anchor: HTMLElement) => void;
  /** Waits for the user to select the new place of an (orphaned) annotation. */
  startReattach: (annotation: AnnotationRow | null) => void;
  reattaching: AnnotationRow | null;
  /** The id of the screen-reader hint a codable passage is described by. */
  passageHintId: string;
  /** Deletes with an Undo toast. */
  remove: (annotation: AnnotationRow) => void;
}

/** What the annotated text of a view draws; absent outside an annotation scope (plain text). */
export const AnnotationsContext = createContext<AnnotationsInView | null>(null);

export function useAnnotationsInView(): AnnotationsInView | null {
  return useContext(AnnotationsContext);
}
