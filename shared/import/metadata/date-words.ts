/**
 * The language data behind date detection (month and weekday names, dateline labels, clock cues),
 * loaded from `shared/data/date-words.json`, validated once, and compiled into lookup tables and
 * regular-expression sources. Everything here is computed once per process.
 */
import { z } from 'zod';
import raw from '../../data/date-words.json' with { type: 'json' };
import { alternation } from './regex-words.ts';

const wordList = z.array(z.string().min(1));

/** Schema of `shared/data/date-words.json`. */
export const dateWordsSchema = z.object({
  header: z.object({
    kind: z.literal('parallax.date-words'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    note: z.string().optional(),
  }),
  months: z.record(z.string(), z.array(wordList).length(12)),
  weekdays: wordList,
  publishedLabels: wordList,
  updatedLabels: wordList,
  fillerWords: wordList,
  relativeAfter: wordList,
  relativeBefore: wordList,
  stampLabels: wordList,
  clockLabels: wordList,
});
export type DateWords = z.infer<typeof dateWordsSchema>;

/** Compiled form of the date words. */
export interface DateVocabulary {
  /** Lower-case month word (any language, no final dot) → month number 1..12. */
  monthByWord: ReadonlyMap<string, number>;
  weekdays: ReadonlySet<string>;
  publishedLabels: ReadonlySet<string>;
  updatedLabels: ReadonlySet<string>;
  fillerWords: ReadonlySet<string>;
  /** Regex source matching any label (published or updated), longest first. */
  labelSource: string;
  relativeAfterSource: string;
  relativeBeforeSource: string;
  stampLabelSource: string;
  clockLabelSource: string;
}

/**
 * Builds the month table. Throws when one word names two different months in two languages,
 * because the table could then not be trusted for any of them.
 */
function buildMonthTable(months: DateWords['months']): Map<string, number> {
  const table = new Map<string, number>();
  for (const [lang, names] of Object.entries(months)) {
    names.forEach((words, i) => {
      for (const word of words) {
        const previous = table.get(word);
        if (previous !== undefined && previous !== i + 1) {
          throw new Error(`date-words: '${word}' (${lang}) is month ${i + 1} and ${previous}`);
        }
        table.set(word, i + 1);
      }
    });
  }
  return table;
}

/** Validates and compiles date words; exported for tests and for user-edited copies. */
export function compileDateWords(data: unknown): DateVocabulary {
  const words = dateWordsSchema.parse(data);
  const monthByWord = buildMonthTable(words.months);
  return {
    monthByWord,
    weekdays: new Set(words.weekdays),
    publishedLabels: new Set(words.publishedLabels),
    updatedLabels: new Set(words.updatedLabels),
    fillerWords: new Set(words.fillerWords),
    labelSource: alternation([...words.publishedLabels, ...words.updatedLabels]),
    relativeAfterSource: alternation(words.relativeAfter),
    relativeBeforeSource: alternation(words.relativeBefore),
    stampLabelSource: alternation(words.stampLabels),
    clockLabelSource: alternation(words.clockLabels),
  };
}

/** The default vocabulary, compiled at module load (a few hundred words: well under a millisecond). */
export const DATE_WORDS: DateVocabulary = compileDateWords(raw);
