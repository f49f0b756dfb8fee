/**
 * Outlet registry and outlet detection. STUB: signatures fixed, implementation pending.
 */
export interface OutletEntry {
  /** Stable slug, e.g. `rt`, `cgtn`, `segodnya`. */
  id: string;
  /** Display name, e.g. `RT`, `CGTN`, `Segodnya`. */
  name: string;
  /** Other names the outlet goes by in text, any script (`Russia Today`, `Сегодня`). */
  aliases: string[];
  /** Domains without scheme or `www.` (`rt.com`, `segodnya.ua`). */
  domains: string[];
  /** ISO 3166-1 alpha-2 country code of the owner, or null for international. */
  country: string | null;
  languages: string[];
  /** Ownership / state affiliation, e.g. `state broadcaster`, `state-funded`, `public`, `private`, `wire agency`. */
  affiliation: string | null;
  notes?: string;
}

export interface OutletRegistry {
  entries: OutletEntry[];
}

export function loadDefaultRegistry(): OutletRegistry {
  return { entries: [] };
}

/** The registry entry whose domain matches the URL's host (subdomains included), or null. */
export function outletFromUrl(_url: string, _registry: OutletRegistry): OutletEntry | null {
  return null;
}

/** The entry whose name or alias equals the given text (case-insensitive, trimmed), or null. */
export function outletFromName(_text: string, _registry: OutletRegistry): OutletEntry | null {
  return null;
}
