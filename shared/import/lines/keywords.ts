/**
 * Tag lists: "Ukrainian crisis, NATO, Petr Pavel, Russia" under an article, with or without a
 * "Tags:" label. A list is a few short items separated by commas, with no sentence in it.
 */

/** Items longer than this are phrases of a sentence, not tags. */
const MAX_ITEM_CHARS = 40;
const MAX_ITEM_WORDS = 4;
const SEPARATOR = /\s*[,;|•·]\s*/u;
const SENTENCE_PUNCTUATION = /[.!?:"«»()]/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** Joining words mean a clause ("Russia, Ukraine and Belarus agreed"), not a tag list. */
const CONJUNCTION_START = /^(?:and|or|but|и|или|но|а|та|і|й)\s/iu;

/**
 * The items of a tag list, or null when `text` does not look like one. Unlabelled lists need at
 * least `minItems` items and mostly capitalised items; a labelled list ("Tags: ...") passes
 * `minItems = 1` since the label already says what it is.
 */
export function keywordItems(text: string, minItems: number): string[] | null {
  const trimmed = text.trim();
  if (trimmed === '' || /[.!?]$/u.test(trimmed)) return null;
  const items = trimmed.split(SEPARATOR).filter((item) => item !== '');
  if (items.length < minItems) return null;
  let capitalised = 0;
  for (const item of items) {
    if (item.length > MAX_ITEM_CHARS || SENTENCE_PUNCTUATION.test(item)) return null;
    if (item.split(/\s+/u).length > MAX_ITEM_WORDS || CONJUNCTION_START.test(item)) return null;
    if (CAPITALISED.test(item)) capitalised += 1;
  }
  if (minItems > 1 && capitalised * 2 < items.length) return null;
  return items;
}

/** The minimum number of items for an unlabelled tag list. */
export const MIN_UNLABELLED_KEYWORDS = 3;
