/** Handlers of the framing summary and report methods (shared/api/framing-report-methods.ts). */
import type { framingReportMethods } from '../../shared/api/framing-report-methods.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';

export function createFramingReportHandlers(
  _ctx: HandlerContext,
): HandlersOf<keyof typeof framingReportMethods> {
  return {};
}
