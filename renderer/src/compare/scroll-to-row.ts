/** The id of a row's gutter cell, which takes focus when the user jumps to the row. */
export const rowGutterId = (index: number) => `compare-row-${index}`;

/**
 * Brings row `index` of the compare grid into view and focuses its gutter, after the next paint
 * (the grid may only just have been shown, e.g. coming back from the coverage matrix).
 */
export function scrollToRow(index: number): void {
  requestAnimationFrame(() => {
    const gutter = document.getElementById(rowGutterId(index));
    if (!gutter) return;
    gutter.scrollIntoView({ block: 'center', behavior: 'auto' });
    gutter.focus({ preventScroll: true });
  });
}
