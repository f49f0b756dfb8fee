/**
 * Contract methods of the lexicon editor: read the framing lexicons in force and change the
 * user's edits to them (add, edit, disable, reset entries). Spread into `contract`; the event into
 * `events`. The shipped files never change: the user's edits are kept in the library and merged
 * over them, so "reset" always has something to go back to.
 */
import { z } from 'zod';
import { LEXICON_KINDS, lexiconEntrySchema } from '../framing/lexicon-schema.ts';

const language = z.string().regex(/^[a-z]{2,3}$/, 'expected a language code like en');
const kind = z.enum(LEXICON_KINDS);
const entryId = z.string().min(1);

/** Where an entry in force comes from. */
export const entryOrigin = z.enum(['shipped', 'edited', 'added']);
export type EntryOrigin = z.infer<typeof entryOrigin>;

/** An entry as the editor shows it: the entry in force, its origin and the shipped version. */
export const lexiconEntryRow = lexiconEntrySchema.extend({
  origin: entryOrigin,
  /** For an edited entry, the shipped one it replaces (what "reset" goes back to). */
  shipped: lexiconEntrySchema.optional(),
});
export type LexiconEntryRow = z.infer<typeof lexiconEntryRow>;

/** One lexicon file in force: the shipped header and the merged entries. */
export const lexiconFileView = z.object({
  language: z.string(),
  kind,
  /** The shipped file's version, source and licence; null fields for a file only the user made. */
  version: z.string().nullable(),
  source: z.string().nullable(),
  licence: z.string().nullable(),
  note: z.string().nullable(),
  counts: z.object({
    total: z.number().int(),
    enabled: z.number().int(),
    edited: z.number().int(),
    added: z.number().int(),
  }),
  /** Why the user's edits to this file could not be read (they are ignored), or null. */
  problem: z.string().nullable(),
  /** Empty when `headersOnly` was asked. */
  entries: z.array(lexiconEntryRow),
});
export type LexiconFileView = z.infer<typeof lexiconFileView>;

/** An entry to save: like a file's entry, but the id may be left for the backend to make. */
const entryToSave = lexiconEntrySchema.extend({ id: lexiconEntrySchema.shape.id.optional() });

const fileRef = z.object({ language, kind });

export const lexiconMethods = {
  /** Lexicon files in force (shipped merged with the user's edits), filtered by language/kind. */
  'lexicons.list': {
    input: z.object({
      language: language.optional(),
      kind: kind.optional(),
      /** Headers and counts only, for the file picker. */
      headersOnly: z.boolean().optional(),
    }),
    output: z.array(lexiconFileView),
  },
  /**
   * Adds an entry (`mode: 'add'`: the id must be new; made from the pattern when left out) or
   * replaces one (`mode: 'edit'`: the id must exist). Every pattern must compile; an error names
   * the field. Highlights use the new entry at once (`lexicons.changed`).
   */
  'lexicons.saveEntry': {
    input: fileRef.extend({ mode: z.enum(['add', 'edit']), entry: entryToSave }),
    output: lexiconEntryRow,
  },
  /** Turns an entry on or off. */
  'lexicons.setEnabled': {
    input: fileRef.extend({ id: entryId, enabled: z.boolean() }),
    output: lexiconEntryRow,
  },
  /** Drops the user's edit of a shipped entry, or deletes an entry the user added. */
  'lexicons.resetEntry': {
    input: fileRef.extend({ id: entryId }),
    output: z.object({ entry: lexiconEntryRow.nullable() }),
  },
  /**
   * Previews a pattern on a text: where it would match (offsets into `text`), or why it cannot
   * compile. Nothing is saved.
   */
  'lexicons.test': {
    input: fileRef.extend({ pattern: z.string().max(500), text: z.string().max(100_000) }),
    output: z.object({
      problem: z.string().nullable(),
      matches: z.array(
        z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
      ),
    }),
  },
} as const;

export const lexiconEvents = {
  /** The user changed a lexicon: framing highlights should be fetched again. */
  'lexicons.changed': z.object({
    language: z.string(),
    kind,
    id: z.string().nullable(),
    /** Set when the edit turned the entry on or off; false lets views drop its cues at once. */
    enabled: z.boolean().optional(),
  }),
} as const;
