/**
 * Finds the registry entry for an article's outlet name, for the compare view's column headers.
 * The registry matches names case-insensitively, ignoring punctuation and a leading "The"; the
 * same folding is used here so "PanARMENIAN.Net" finds "PanARMENIAN.Net" and "the rt" finds "RT".
 */
import type { OutletInfo } from '../api/schemas.ts';

/** Lower case, no punctuation or spaces, no leading "the". */
export function foldOutletName(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .replace(/^the\s+/u, '')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** The registry entry whose name, id or an alias folds like `name`, or null (an unknown outlet). */
export function matchOutlet(
  name: string | null,
  outlets: readonly OutletInfo[],
): OutletInfo | null {
  if (!name) return null;
  const key = foldOutletName(name);
  if (key === '') return null;
  return (
    outlets.find((outlet) => foldOutletName(outlet.name) === key) ??
    outlets.find((outlet) => foldOutletName(outlet.id) === key) ??
    outlets.find((outlet) => outlet.aliases?.some((alias) => foldOutletName(alias) === key)) ??
    null
  );
}
