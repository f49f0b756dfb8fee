/**
 * Date expressions in news text: complete dates in many formats and languages, the kind of a date
 * line (dateline, page clock, neither) and the choice of the publication date. The pieces live in
 * their own modules; this is the entry point the import pipeline uses.
 */
export { findDates, firstDate, isValidDate, type DateMatch } from './find-dates.ts';
export {
  classifyDateLine,
  type DateLabel,
  type DateLineInfo,
  type DateLineKind,
} from './date-line.ts';
export {
  pickPublished,
  PUBLISHED_CONFIDENCE,
  DATELINE_SCAN_LINES,
  type MetaDate,
  type PublishedInput,
} from './published.ts';
