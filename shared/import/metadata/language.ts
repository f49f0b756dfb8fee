/**
 * Language detection. STUB: signature fixed, implementation pending.
 */
import type { Guess } from '../types.ts';

/** ISO 639-1 code of the text's language (en, ru, uk, de, fr, es, it, pt, zh, ar, ...), or null. */
export function detectLanguage(_text: string): Guess<string> | null {
  return null;
}
