import { useEffect, useState, type RefObject } from 'react';

export interface TextSelection {
  text: string;
  /** Where the selection is on screen, for placing a button next to it. */
  rect: { top: number; left: number; bottom: number; width: number };
}

/** Selections shorter than this are clicks and double-clicks on a word, not quotes. */
const minChars = 3;

/** The text selected inside `containerRef`, tracked as it changes and as the page scrolls. */
export function useTextSelection(
  containerRef: RefObject<HTMLElement | null>,
): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    const read = () => {
      const current = window.getSelection();
      const container = containerRef.current;
      if (!current || current.isCollapsed || current.rangeCount === 0 || !container) {
        setSelection(null);
        return;
      }
      const range = current.getRangeAt(0);
      const text = current.toString().replace(/\s+/g, ' ').trim();
      if (text.length < minChars || !container.contains(range.commonAncestorContainer)) {
        setSelection(null);
        return;
      }
      const box = range.getBoundingClientRect();
      setSelection({
        text,
        rect: { top: box.top, left: box.left, bottom: box.bottom, width: box.width },
      });
    };
    document.addEventListener('selectionchange', read);
    document.addEventListener('scroll', read, true);
    return () => {
      document.removeEventListener('selectionchange', read);
      document.removeEventListener('scroll', read, true);
    };
  }, [containerRef]);

  return selection;
}
