/**
 * Outlet lookups by URL, host and name against a registry's index.
 */
import {
  indexOf,
  normalizeName,
  type OutletEntry,
  type OutletRegistry,
} from './outlet-registry.ts';

/** Longer "names" are sentences, not outlet names. */
const MAX_NAME_CHARS = 80;
const BARE_DOMAIN_RE = /^[a-z0-9.-]+\.[a-z]{2,}$/i;

/**
 * The host of a URL (or of a bare `host/path`), lower case, without `www.`, port, user or trailing
 * dot; null when there is none. Written by hand because shared/ has no `URL` (no DOM, no Node).
 */
export function hostOf(url: string): string | null {
  const m = /^\s*(?:[a-z][a-z0-9+.-]*:)?(?:\/\/)?(?:[^@/?#\s]*@)?([^/?#:\s]+)/i.exec(url);
  const host = m?.[1]
    ?.toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return host !== undefined && host.includes('.') ? host : null;
}

/** The entry owning a host or any parent domain of it (`ru.sputnik.kz` → `sputnik.kz`). */
export function outletFromHost(host: string, registry: OutletRegistry): OutletEntry | null {
  const { byDomain } = indexOf(registry);
  let candidate = host.toLowerCase().replace(/^www\d*\./, '');
  for (;;) {
    const entry = byDomain.get(candidate);
    if (entry !== undefined) return entry;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return null;
    candidate = candidate.slice(dot + 1);
  }
}

/** The registry entry whose domain matches the URL's host (subdomains included), or null. */
export function outletFromUrl(url: string, registry: OutletRegistry): OutletEntry | null {
  const host = hostOf(url);
  return host === null ? null : outletFromHost(host, registry);
}

/**
 * The entry whose name or alias equals the given text (case-insensitive, trimmed, tolerant of
 * punctuation, quotes and a leading "The"), or whose domain the text is (`RT.com`), or null.
 */
export function outletFromName(text: string, registry: OutletRegistry): OutletEntry | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME_CHARS) return null;
  const entry = indexOf(registry).byName.get(normalizeName(trimmed));
  if (entry !== undefined) return entry;
  return BARE_DOMAIN_RE.test(trimmed) ? outletFromHost(trimmed, registry) : null;
}
