/**
 * The outlet registry: who publishes what, under which names and domains. The default registry is
 * the data file `shared/data/outlets.json`, validated with {@link outletFileSchema} when first used;
 * users may edit their own copy, which goes through {@link parseRegistry} the same way.
 */
import { z } from 'zod';
import raw from '../../data/outlets.json' with { type: 'json' };

/** One outlet of the registry. */
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
  /** ISO 639-1 codes of the languages the outlet publishes in. */
  languages: string[];
  /** Ownership / state affiliation, e.g. `state broadcaster`, `state-funded`, `public broadcaster`, `private`, `wire agency`. */
  affiliation: string | null;
  notes?: string;
}

/** A validated set of outlets. */
export interface OutletRegistry {
  entries: OutletEntry[];
}

const DOMAIN_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

/** Schema of one registry entry. */
export const outletEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case slugs'),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)),
  domains: z.array(
    z
      .string()
      .regex(DOMAIN_RE, 'a bare lower-case domain, no scheme or path')
      .refine((d) => !d.startsWith('www.'), 'no www.: subdomains match anyway'),
  ),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
  affiliation: z.string().min(1).nullable(),
  notes: z.string().optional(),
});

/** Schema of the registry file: a header with version and source/licence line, then the outlets. */
export const outletFileSchema = z.object({
  header: z.object({
    kind: z.literal('parallax.outlets'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    note: z.string().optional(),
  }),
  outlets: z.array(outletEntrySchema).superRefine((outlets, ctx) => {
    const seen = new Set<string>();
    for (const o of outlets) {
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', message: `duplicate outlet id '${o.id}'` });
      seen.add(o.id);
    }
  }),
});

/** Validates a registry file (the default one or a user's copy); throws a ZodError when invalid. */
export function parseRegistry(data: unknown): OutletRegistry {
  return { entries: outletFileSchema.parse(data).outlets };
}

let defaultRegistry: OutletRegistry | null = null;

/** The registry that ships with the app, parsed and validated once per process. */
export function loadDefaultRegistry(): OutletRegistry {
  defaultRegistry ??= parseRegistry(raw);
  return defaultRegistry;
}

/**
 * The form names are compared in: NFKC, lower case, `ё` as `е`, every run of punctuation or space
 * as one space, a leading "the" dropped. `The New York Times`, `new york times` and `«New York
 * Times»` all become `new york times`; `PanARMENIAN.Net` becomes `panarmenian net`.
 */
export function normalizeName(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.startsWith('the ') ? plain.slice(4) : plain;
}

/** Lookup tables of a registry, built once per registry object. */
export interface RegistryIndex {
  byName: ReadonlyMap<string, OutletEntry>;
  byDomain: ReadonlyMap<string, OutletEntry>;
  /**
   * Every spelling to look for in running text (names, aliases and their upper-case forms, which
   * datelines and photo credits use), mapped to its entry. Matching is case-sensitive so that
   * `Trend` or `Time` as ordinary words do not name an outlet.
   */
  spellings: ReadonlyMap<string, OutletEntry>;
}

const indexes = new WeakMap<OutletRegistry, RegistryIndex>();

function buildIndex(registry: OutletRegistry): RegistryIndex {
  const byName = new Map<string, OutletEntry>();
  const byDomain = new Map<string, OutletEntry>();
  const spellings = new Map<string, OutletEntry>();
  // Names first, then aliases: on a clash an outlet's own name wins over another's alias.
  for (const e of registry.entries) byName.set(normalizeName(e.name), e);
  for (const e of registry.entries) {
    for (const alias of e.aliases) {
      const key = normalizeName(alias);
      if (key !== '' && !byName.has(key)) byName.set(key, e);
    }
    for (const domain of e.domains) if (!byDomain.has(domain)) byDomain.set(domain, e);
  }
  for (const e of registry.entries) {
    for (const spelling of [e.name, ...e.aliases]) {
      for (const form of [spelling, spelling.toUpperCase()]) {
        if (!spellings.has(form)) spellings.set(form, e);
      }
    }
  }
  return { byName, byDomain, spellings };
}

/** The lookup tables of a registry (cached per registry object; registries are immutable). */
export function indexOf(registry: OutletRegistry): RegistryIndex {
  let index = indexes.get(registry);
  if (index === undefined) {
    index = buildIndex(registry);
    indexes.set(registry, index);
  }
  return index;
}

/** True for entries that are news agencies: the ones articles credit as their source. */
export function isAgency(entry: OutletEntry): boolean {
  return entry.affiliation !== null && /\bagency$/.test(entry.affiliation);
}
