/**
 * The schema of framing lexicons: versioned data files, one per language and kind, under
 * `shared/data/lexicons/<language>/<kind>.json`, editable by the user (entries can be added, edited
 * or disabled). Validated with zod when loaded, so a hand-edited file that breaks the shape is
 * refused with a message instead of silently matching nothing.
 */
import { z } from 'zod';

/** The kinds of lexicon Parallax ships; each file holds one. */
export const LEXICON_KINDS = [
  'contested-term',
  'hedge',
  'reporting-verb',
  'loaded',
  'metaphor',
  'frame',
  'speaker-role',
] as const;

/** One of {@link LEXICON_KINDS}. */
export type LexiconKind = (typeof LEXICON_KINDS)[number];

/** The cue kinds {@link detectCues} reports: every lexicon kind that is highlighted in the text. */
export type CueKind = 'contested-term' | 'hedge' | 'reporting-verb' | 'loaded' | 'metaphor';

/**
 * A pattern: words separated by spaces, matched as whole words, ignoring case, ё/е, no-break
 * spaces, curly quotes and dash variants. Within a word, `a|b` gives alternatives and a final `*`
 * any ending (`заяви*`, at least 3 letters before it). Punctuation inside a pattern splits words
 * the way it splits the text (`people's` is `people` + `s`; `long-planned` is two words).
 */
const patternSchema = z.string().trim().min(1);

/** One lexicon entry. */
export const lexiconEntrySchema = z.object({
  /** Stable id, unique within the file; the highlight's `entryId`. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case ASCII: letters, digits, . _ -'),
  /** One pattern or several (for forms with different word counts). */
  pattern: z.union([patternSchema, z.array(patternSchema).min(1)]),
  /** Short explanation shown in the tooltip: what the word signals and who tends to use it. */
  why: z.string().min(1),
  /** Disabled entries are kept in the file but never match. */
  enabled: z.boolean().default(true),
  /** Contested terms: the id of the set of competing terms this one belongs to. */
  set: z.string().optional(),
  /** Contested terms and speaker roles: the side whose usage this is (attributed, not judged). */
  side: z.string().optional(),
  /** Reporting verbs: neutral ("said") or loaded ("claimed", "bristled"). */
  stance: z.enum(['neutral', 'loaded']).optional(),
  /** Sub-family: hedge type, loaded-word family, metaphor family, frame dimension, role type. */
  family: z.string().optional(),
  /** Relative strength for scores (frame profiles); 1 when absent. */
  weight: z.number().positive().max(10).optional(),
  /** Speaker roles: the display name of the speaker a matching phrase stands for. */
  label: z.string().optional(),
  /** Patterns that veto a match they overlap ("sanctions regime" is not the contested "regime"). */
  unless: z.array(patternSchema).optional(),
});

/** A lexicon entry as validated (defaults applied). */
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

/** A set of competing terms, for tooltips ("the other outlets say ..."). */
export const contestedSetSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Side keys used by this set's entries, each with who is observed using it. */
  sides: z.record(z.string(), z.string()),
  note: z.string().optional(),
  /**
   * The set's neutral terms are everyday words ("government", "protesters", "fighters"): they are
   * reported only in a text that also uses one of the set's sided terms ("regime"), where the
   * neutral choice stands in contrast; alone they are no framing choice.
   */
  neutralInContrastOnly: z.boolean().optional(),
  /**
   * Beginnings of words that name the set's conflict ("donbas", "donetsk", "крым"): when given,
   * the set's terms are reported only in a text that names it, so "separatists" in Karabakh or
   * "reunification" of Korea is not read as a side of the Donbas or Crimea wording.
   */
  anchors: z.array(z.string().trim().min(2)).optional(),
});

/** One lexicon file. */
export const lexiconFileSchema = z
  .object({
    schema: z.literal('parallax.lexicon/1'),
    version: z.string().min(1),
    language: z.string().regex(/^[a-z]{2,3}$/),
    kind: z.enum(LEXICON_KINDS),
    source: z.string().min(1),
    licence: z.string().min(1),
    note: z.string().optional(),
    sets: z.array(contestedSetSchema).optional(),
    entries: z.array(lexiconEntrySchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [i, entry] of file.entries.entries()) {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'id'],
          message: `duplicate id ${entry.id}`,
        });
      }
      seen.add(entry.id);
    }
  });

/** A validated lexicon file. */
export type LexiconFile = z.infer<typeof lexiconFileSchema>;
