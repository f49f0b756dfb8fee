import type { ArticleRecord, MetadataPatch } from '../../../shared/api/schemas.ts';
import { datePart } from '../ui/format.ts';

/** The editor's fields as strings; empty means "unknown" (null) for outlet, language and date. */
export interface MetadataValues {
  title: string;
  outlet: string;
  language: string;
  published: string;
}

export type MetadataField = keyof MetadataValues;

export function valuesOf(article: ArticleRecord): MetadataValues {
  return {
    title: article.title,
    outlet: article.outlet ?? '',
    language: article.language ?? '',
    published: datePart(article.published),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Only fields the user changed go into the patch, so a save never marks untouched fields as
 * "edited by you". An unchanged date keeps its time of day, which the date input cannot show.
 */
export function buildPatch(article: ArticleRecord, values: MetadataValues): Partial<MetadataPatch> {
  const initial = valuesOf(article);
  const patch: Partial<MetadataPatch> = {};
  if (values.title.trim() !== initial.title.trim()) patch.title = values.title.trim();
  if (values.outlet.trim() !== initial.outlet) patch.outlet = orNull(values.outlet);
  if (values.language !== initial.language) patch.language = orNull(values.language);
  if (values.published !== initial.published) patch.published = orNull(values.published);
  return patch;
}

/** Language codes offered in the editor; the article's own code is added when missing. */
export const commonLanguages = [
  'en',
  'ru',
  'uk',
  'be',
  'kk',
  'de',
  'fr',
  'es',
  'it',
  'pl',
  'tr',
  'ar',
  'zh',
];

export function languageOptions(current: string): string[] {
  return current && !commonLanguages.includes(current)
    ? [current, ...commonLanguages]
    : commonLanguages;
}

const fieldNames: readonly MetadataField[] = ['title', 'outlet', 'language', 'published'];

/**
 * The field a backend validation message is about ("patch.title: title cannot be empty"), so the
 * editor can show it under that field; null when the message names no field.
 */
export function fieldOfError(message: string): { field: MetadataField | null; text: string } {
  const match = /^(?:patch\.)?(\w+):\s*(.+)$/s.exec(message);
  const field = fieldNames.find((name) => name === match?.[1]);
  if (!field || !match?.[2]) return { field: null, text: message };
  const text = match[2];
  return { field, text: text.charAt(0).toUpperCase() + text.slice(1) };
}
