/** Handlers of the framing summary and report methods (shared/api/framing-report-methods.ts). */
import type { framingReportMethods } from '../../shared/api/framing-report-methods.ts';
import type { ReportAnnotation } from '../../shared/framing-report/index.ts';
import {
  exportFramingReport,
  summarizeFraming,
  type RenderPdf,
} from './framing-summary-service.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';

export interface FramingReportOptions {
  /** Renders the report's HTML to PDF (the desktop app); without it PDF is `unsupported`. */
  renderPdf?: RenderPdf;
  /** Annotations of the given articles to include in reports; none when omitted. */
  annotationsFor?: (articleIds: readonly string[]) => readonly ReportAnnotation[];
  appVersion?: string;
}

export function createFramingReportHandlers(
  ctx: HandlerContext,
  options: FramingReportOptions = {},
): HandlersOf<keyof typeof framingReportMethods> {
  return {
    'framing.summarize': ({ articleIds }) =>
      summarizeFraming(ctx.repo, articleIds, ctx.lexicons.current()),
    'framing.exportReport': (input) =>
      exportFramingReport(ctx.repo, input, {
        lexicons: ctx.lexicons.current(),
        ...(options.renderPdf ? { renderPdf: options.renderPdf } : {}),
        ...(options.appVersion ? { appVersion: options.appVersion } : {}),
        ...(options.annotationsFor
          ? { annotations: options.annotationsFor(input.articleIds) }
          : {}),
      }),
  };
}
