import { useAnnotationsInView } from './annotation-context.ts';
import { rangeToBodySpan, trimSpan, type BodySpan } from './dom-span.ts';

/** What a passage of body text (a reader paragraph, a compare passage) carries to be coded by key. */
export interface CodablePassageProps {
  tabIndex?: number;
  'data-passage'?: '';
  'aria-describedby'?: string;
  'aria-keyshortcuts'?: string;
}

const none: CodablePassageProps = {};

/**
 * Inside an annotation scope a passage is a tab stop: focused, `A` codes the whole of it (see
 * `AnnotationScope`), and screen readers hear how. Outside one (an old version) it is plain text.
 */
export function useCodablePassageProps(): CodablePassageProps {
  const scope = useAnnotationsInView();
  if (!scope) return none;
  return {
    tabIndex: 0,
    'data-passage': '',
    'aria-describedby': scope.passageHintId,
    'aria-keyshortcuts': 'A',
  };
}

/**
 * The key that codes the focused passage or highlight: A, or the key where A sits when the
 * keyboard types another script (Ф on a Russian layout), but not a Latin letter another layout
 * puts there (Q on AZERTY).
 */
export function isCodeKey(event: {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === 'a' || event.key === 'A') return true;
  return event.code === 'KeyA' && event.key.length === 1 && !/^[a-z]$/i.test(event.key);
}

/**
 * The body span a focused element stands for: all the body text inside it (a passage, a framing
 * highlight), trimmed; null when it holds none.
 */
export function elementSpan(element: Element, root: Element): BodySpan | null {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const found = rangeToBodySpan(range, root);
  return found ? trimSpan(found) : null;
}
