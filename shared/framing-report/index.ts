/**
 * The framing summary and report, pure: the per-outlet summary model computed from cues, voices
 * and frame profiles, and the self-contained HTML report builder.
 */
export {
  pairRows,
  storyContradictions,
  summarizeStory,
  type SummaryArticle,
  type SummaryRow,
} from './summary.ts';
export {
  buildReportHtml,
  escapeHtml,
  type ReportAnnotation,
  type ReportInput,
  type ReportRow,
} from './report-html.ts';
export {
  frameLabel,
  frameLabels,
  speakerSideColour,
  speakerSideLabel,
  termSideLabel,
} from './labels.ts';
export { toReportAnnotations } from './annotations.ts';
