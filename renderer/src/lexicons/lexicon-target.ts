/**
 * "Edit entry" from a highlight's tooltip: the entry to open in the lexicon editor, handed over
 * in memory (the route is just `#/lexicons`), then the editor takes it.
 */
export interface LexiconTarget {
  language: string;
  kind: string;
  id: string;
}

const EVENT = 'parallax:lexicon-target';
let pending: LexiconTarget | null = null;

/** Goes to the lexicon editor with `target` selected. */
export function openLexiconEntry(target: LexiconTarget): void {
  pending = target;
  if (window.location.hash !== '#/lexicons') window.location.hash = '#/lexicons';
  window.dispatchEvent(new Event(EVENT));
}

/** The entry asked for and not yet shown, once. */
export function takeLexiconTarget(): LexiconTarget | null {
  const target = pending;
  pending = null;
  return target;
}

/** Calls `listener` when an entry is asked for while the editor is open. */
export function onLexiconTarget(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
