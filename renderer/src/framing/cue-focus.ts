/**
 * Keyboard movement between highlights: a stretch of text is one tab stop, and the arrow keys move
 * between the cues of its paragraph (or compare cell). Returns whether the key was used.
 */
const SCOPE = 'p, li, td, [role="cell"], blockquote, article';

export function moveCueFocus(from: HTMLElement, key: string): boolean {
  if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(key)) return false;
  const scope = from.closest(SCOPE) ?? from.parentElement;
  if (!scope) return false;
  const all = [...scope.querySelectorAll<HTMLElement>('.cue[data-cue-index]')];
  const at = all.indexOf(from);
  const next =
    key === 'Home'
      ? all[0]
      : key === 'End'
        ? all[all.length - 1]
        : all[at + (key === 'ArrowRight' ? 1 : -1)];
  if (!next || next === from) return key === 'Home' || key === 'End';
  next.focus();
  return true;
}
