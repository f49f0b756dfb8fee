/**
 * From a DOM selection to offsets into an article's clean body. Body text is drawn in pieces,
 * each an element with `data-offset` (its start in the body) whose text nodes are body text in
 * order; framing and annotation spans nest inside a piece, and anything else (frame tags, labels,
 * "only in" notes) sits outside the pieces and is ignored. The article is the nearest
 * `[data-article]` ancestor, so a selection dragged across compare columns keeps to the column
 * where it started.
 */

export interface BodySpan {
  articleId: string;
  start: number;
  end: number;
  /** The selected body text, as the pieces hold it. */
  text: string;
}

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node instanceof Element ? node : node.parentElement;
}

/** The article a node belongs to, from the nearest `[data-article]`. */
export function articleOf(node: Node | null): string | null {
  return elementOf(node)?.closest<HTMLElement>('[data-article]')?.dataset.article ?? null;
}

/** Body text nodes of a piece with their offsets into the body. */
function pieceTextNodes(piece: HTMLElement): { node: Text; offset: number }[] {
  const base = Number(piece.dataset.offset);
  const walker = piece.ownerDocument.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
  const out: { node: Text; offset: number }[] = [];
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    out.push({ node: text, offset: base + seen });
    seen += text.data.length;
  }
  return out;
}

/**
 * The body span `range` covers inside `root`, in the article where the range starts; null when it
 * covers no body text of that article.
 */
export function rangeToBodySpan(range: Range, root: Element): BodySpan | null {
  const articleId = articleOf(range.startContainer) ?? articleOf(range.commonAncestorContainer);
  if (!articleId) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const parts: { at: number; text: string }[] = [];
  for (const piece of root.querySelectorAll<HTMLElement>('[data-offset]')) {
    if (!range.intersectsNode(piece)) continue;
    // A piece nested in another piece is counted through its outer piece.
    if (piece.parentElement?.closest('[data-offset]')) continue;
    if (articleOf(piece) !== articleId) continue;
    for (const { node, offset } of pieceTextNodes(piece)) {
      if (!range.intersectsNode(node)) continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      // A range that merely touches a node's edge covers nothing of it.
      if (to <= from) continue;
      start = Math.min(start, offset + from);
      end = Math.max(end, offset + to);
      parts.push({ at: offset + from, text: node.data.slice(from, to) });
    }
  }
  if (!(end > start)) return null;
  parts.sort((a, b) => a.at - b.at);
  return { articleId, start, end, text: parts.map((part) => part.text).join('') };
}

/** Trims whitespace off both ends of a span, as a drag that overshoots a word leaves it. */
export function trimSpan(span: BodySpan): BodySpan | null {
  const lead = span.text.length - span.text.trimStart().length;
  const trail = span.text.length - span.text.trimEnd().length;
  const text = span.text.trim();
  if (!text) return null;
  return { ...span, start: span.start + lead, end: span.end - trail, text };
}
