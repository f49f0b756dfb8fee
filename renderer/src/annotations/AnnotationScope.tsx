import {
  useCallback,
  useEffect,
  useMemo,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { AnnotationsContext, type AnnotationsInView } from './annotation-context.ts';
import { AnnotationPopover, type PopoverTarget } from './AnnotationPopover.tsx';
import { articleOf, rangeToBodySpan, trimSpan, type BodySpan } from './dom-span.ts';
import { elementSpan, isCodeKey } from './codable-passage.ts';
import { UndoToast } from './UndoToast.tsx';
import { useArticleAnnotations } from './useArticleAnnotations.ts';
import { useCodebooks } from './useCodebooks.ts';
import { useUndoDelete } from './useUndoDelete.ts';

interface AnnotationScopeProps {
  /** The articles whose text is drawn inside. */
  articleIds: readonly string[];
  children: ReactNode;
}

/** How long a selection must stay still before the popover opens (a drag is still going on). */
const settleMs = 250;

/**
 * Coding in a view: draws the annotations of its articles (through `AnnotatedText`), opens the
 * coding popover on a selection of body text inside it and the edit popover on a click (or Enter)
 * on a highlight, and offers Undo after a delete. Its wrapper takes no room (`display: contents`).
 */
export function AnnotationScope({ articleIds, children }: AnnotationScopeProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { byArticle, rows, reload } = useArticleAnnotations(articleIds);
  const { books, codes } = useCodebooks();
  const [target, setTarget] = useState<PopoverTarget | null>(null);
  const [reattaching, setReattaching] = useState<AnnotationRow | null>(null);
  // What a screen reader hears once the popover closes on a save (focus is back in the text).
  const [announcement, setAnnouncement] = useState('');
  const undo = useUndoDelete();
  const dirtyRef = useRef(false);
  const targetRef = useRef(target);
  const reattachRef = useRef(reattaching);
  useEffect(() => {
    targetRef.current = target;
    reattachRef.current = reattaching;
  });
  const single = articleIds.length === 1 ? (articleIds[0] ?? null) : null;
  const passageHintId = `${useId()}-passage-hint`;

  const close = useCallback((refocus = true) => {
    dirtyRef.current = false;
    // Opened by a key on a passage or highlight: focus goes back there (or to its passage).
    const back = refocus ? targetRef.current?.returnFocus : undefined;
    setTarget(null);
    if (back) {
      const passage = back.closest<HTMLElement>('[data-passage]');
      requestAnimationFrame(() => {
        if (back.isConnected) back.focus({ preventScroll: true });
        else if (passage?.isConnected) passage.focus({ preventScroll: true });
      });
    }
  }, []);

  // A selection of body text that has settled opens the popover for it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isPointerDown = false;
    const check = () => {
      timer = undefined;
      const root = rootRef.current;
      const selection = window.getSelection();
      if (isPointerDown || !root || !selection || selection.isCollapsed) return;
      if (selection.rangeCount === 0 || dirtyRef.current) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer)) return;
      const found = rangeToBodySpan(range, root);
      const span = found ? trimSpan(found) : null;
      if (!span || span.text.length < 2) return;
      const current = targetRef.current?.span;
      if (
        current &&
        current.articleId === span.articleId &&
        current.start === span.start &&
        current.end === span.end
      )
        return;
      const box = range.cloneRange();
      const reattach = reattachRef.current;
      setTarget({
        span,
        ...(reattach && reattach.articleId === span.articleId ? { annotation: reattach } : {}),
        anchor: () => box.getBoundingClientRect(),
      });
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(check, settleMs);
    };
    const handleDown = (event: PointerEvent) => {
      const element = event.target instanceof Element ? event.target : null;
      if (element?.closest('.anno-popover')) return;
      isPointerDown = true;
      if (targetRef.current && !dirtyRef.current) close(false);
    };
    const handleUp = () => {
      if (!isPointerDown) return;
      isPointerDown = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', handleDown, true);
    document.addEventListener('pointerup', handleUp, true);
    return () => {
      if (timer) clearTimeout(timer);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', handleDown, true);
      document.removeEventListener('pointerup', handleUp, true);
    };
  }, [close]);

  const annotationById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const orphanCount = rows.filter((row) => row.status === 'orphan').length;

  const edit = useCallback((annotation: AnnotationRow, anchor: HTMLElement) => {
    const id = annotation.id;
    setTarget({
      annotation,
      anchor: () =>
        (anchor.isConnected
          ? anchor
          : document.querySelector(`[data-annotation-ids~="${CSS.escape(id)}"]`)
        )?.getBoundingClientRect() ?? null,
    });
  }, []);

  const openFromMark = (element: Element | null) => {
    const mark = element?.closest<HTMLElement>('mark[data-annotation-ids]');
    if (!mark) return false;
    // The innermost annotation is listed last.
    const ids = (mark.dataset.annotationIds ?? '').split(' ');
    const annotation = annotationById.get(ids[ids.length - 1] ?? '');
    if (!annotation) return false;
    edit(annotation, mark);
    return true;
  };
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    openFromMark(event.target as Element);
  };
  /** `A` on a focused passage, highlight or framing cue: the popover for the words it covers. */
  const codeFocused = (element: HTMLElement): boolean => {
    setAnnouncement('');
    const root = rootRef.current;
    if (!root || element.closest('input, textarea, select, [contenteditable="true"]')) return false;
    let span: BodySpan | null = null;
    const mark = element.matches('mark[data-annotation-ids]') ? element : null;
    if (mark) {
      const ids = (mark.dataset.annotationIds ?? '').split(' ');
      const annotation = annotationById.get(ids[ids.length - 1] ?? '');
      const articleId = articleOf(mark);
      if (annotation && articleId) {
        span = {
          articleId,
          start: annotation.start,
          end: annotation.end,
          text: annotation.quote.exact,
        };
      }
    } else if (element.matches('[data-passage], [data-cue-index]')) {
      span = elementSpan(element, root);
    }
    if (!span || span.text.length === 0) return false;
    const reattach = reattachRef.current;
    setTarget({
      span,
      ...(reattach && reattach.articleId === span.articleId ? { annotation: reattach } : {}),
      anchor: () => (element.isConnected ? element.getBoundingClientRect() : null),
      returnFocus: element,
    });
    return true;
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isCodeKey(event) && !event.defaultPrevented) {
      if (codeFocused(event.target as HTMLElement)) event.preventDefault();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const element = event.target as Element;
    if (!element.matches('mark[data-annotation-ids]')) return;
    if (openFromMark(element)) event.preventDefault();
  };

  const { remove: removeAnnotation, setDeleted } = undo;
  const value = useMemo<AnnotationsInView>(
    () => ({
      byArticle,
      codes,
      articleId: single,
      edit,
      reattaching,
      startReattach: setReattaching,
      passageHintId,
      remove: (annotation) => void removeAnnotation(annotation.id),
    }),
    [byArticle, codes, single, edit, reattaching, passageHintId, removeAnnotation],
  );

  return (
    <AnnotationsContext.Provider value={value}>
      {single === null && orphanCount > 0 ? (
        <p className="anno-orphan-note" role="status">
          {orphanCount === 1
            ? '1 coded passage in these articles lost its place when a text changed.'
            : `${orphanCount} coded passages in these articles lost their place when a text changed.`}{' '}
          <a className="text-link" href="#/annotations">
            Review in Annotations
          </a>
        </p>
      ) : null}
      <span id={passageHintId} className="visually-hidden">
        Press A to code this passage.
      </span>
      <span className="visually-hidden" aria-live="polite" data-testid="annotation-announcement">
        {announcement}
      </span>
      <div
        ref={rootRef}
        className="annotation-scope"
        data-article={single ?? undefined}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        {children}
      </div>
      {reattaching ? (
        <div className="anno-reattach" role="status">
          Select the new place for “{reattaching.quote.exact.slice(0, 60)}
          {reattaching.quote.exact.length > 60 ? '…' : ''}” in the text.
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setReattaching(null)}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {target ? (
        <AnnotationPopover
          key={`${target.annotation?.id ?? ''}:${target.span?.start ?? ''}-${target.span?.end ?? ''}`}
          target={target}
          books={books}
          onClose={close}
          onDirtyChange={(dirty) => {
            dirtyRef.current = dirty;
          }}
          onSaved={({ deleted }) => {
            if (deleted) setDeleted(deleted);
            else if (target.annotation && target.span) setAnnouncement('Passage re-attached.');
            else setAnnouncement(target.annotation ? 'Coded passage saved.' : 'Passage coded.');
            if (target.annotation && target.span) setReattaching(null);
            close();
            reload();
          }}
        />
      ) : null}
      {undo.deleted ? (
        <UndoToast
          message="Annotation deleted."
          onUndo={() => void undo.undo()}
          onClose={undo.dismiss}
        />
      ) : null}
      {undo.error ? (
        <div className="toast" role="alert">
          <span>{undo.error}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={undo.clearError}
          >
            ×
          </button>
        </div>
      ) : null}
    </AnnotationsContext.Provider>
  );
}
