import { useEffect, useRef } from 'react';

interface Shortcuts {
  /** Ctrl/Cmd+F: the search box, from anywhere. */
  onFind: () => void;
  /** Ctrl/Cmd+K: the command palette. */
  onPalette: () => void;
}

/**
 * App-wide keys. Ctrl/Cmd+F is taken from the browser's find bar on purpose: the library-wide
 * search is what a user of this app means by "find".
 */
export function useGlobalShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const isMod = event.ctrlKey || event.metaKey;
      if (!isMod || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'f') {
        event.preventDefault();
        latest.current.onFind();
      } else if (key === 'k') {
        event.preventDefault();
        latest.current.onPalette();
      }
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
}
