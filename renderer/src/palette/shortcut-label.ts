/** How the platform's command key is written in hints: ⌘ on Apple systems, Ctrl elsewhere. */
export const modKeyLabel =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
