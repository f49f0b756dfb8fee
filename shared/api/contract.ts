/**
 * The one contract between the renderer and the backend. Every cross-process call is a key here
 * named `area.verbNoun`; every event `area.pastTense`. Transports (Electron IPC, HTTP) carry these
 * names and nothing else; inputs are parsed with `input` at the transport edge.
 */
import { z } from 'zod';
import {
  articleDetail,
  articleQuery,
  articleRecord,
  importJob,
  importReport,
  metadataPatch,
  outletInfo,
  uploadedFile,
} from './schemas.ts';

const articleId = z.object({ id: z.string().min(1) });

export const contract = {
  /** Facts about the open library: where it lives and how big it is. */
  'library.getInfo': {
    input: z.object({}),
    output: z.object({
      articleCount: z.number().int(),
      databasePath: z.string(),
      version: z.string(),
    }),
  },
  /** A page of articles matching a filter, sorted; `total` counts all matches. */
  'articles.list': {
    input: articleQuery,
    output: z.object({ total: z.number().int(), items: z.array(articleRecord) }),
  },
  /** Distinct outlets and languages present, with counts, for the library filters. */
  'articles.getFacets': {
    input: z.object({}),
    output: z.object({
      outlets: z.array(z.object({ value: z.string(), count: z.number().int() })),
      languages: z.array(z.object({ value: z.string(), count: z.number().int() })),
    }),
  },
  /** One article with its clean body, every source line with its role, and its passages. */
  'articles.get': { input: articleId, output: articleDetail },
  /** Edit detected metadata; edited fields are remembered and never re-detected. */
  'articles.updateMetadata': {
    input: z.object({ id: z.string().min(1), patch: metadataPatch }),
    output: articleRecord,
  },
  /**
   * Start importing files: by path (desktop, CLI) or by content (browser, drag and drop). Returns
   * at once; progress comes as `import.progressed`, the report with `import.finished`.
   */
  'articles.import': {
    input: z
      .object({
        paths: z.array(z.string().min(1)).max(100_000).optional(),
        files: z.array(uploadedFile).max(100_000).optional(),
      })
      .refine((i) => (i.paths?.length ?? 0) + (i.files?.length ?? 0) > 0, 'no files to import'),
    output: z.object({ jobId: z.string() }),
  },
  /** State of an import job, with its report once finished. */
  'imports.get': { input: z.object({ jobId: z.string() }), output: importJob },
  /** Ask a running import to stop after the current file; what is committed stays. */
  'imports.cancel': {
    input: z.object({ jobId: z.string() }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** The outlet registry, for the metadata editor. */
  'outlets.list': { input: z.object({}), output: z.array(outletInfo) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.infer<Contract[M]['output']>;

export const events = {
  /** An import job advanced; `done` of `total` files handled. */
  'import.progressed': z.object({
    jobId: z.string(),
    done: z.number().int(),
    total: z.number().int(),
    file: z.string().nullable(),
  }),
  /** An import job ended (finished or cancelled) with its report. */
  'import.finished': z.object({ jobId: z.string(), report: importReport }),
  /** Articles were added, edited or removed: lists should refresh. */
  'library.changed': z.object({ reason: z.string() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export const methodNames = Object.keys(contract) as Method[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
