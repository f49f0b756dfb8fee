/** Handlers of the annotation methods (shared/api/annotation-methods.ts). */
import type { annotationMethods } from '../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';

const notYet = (): never => {
  throw new ApiFailure('unsupported', 'annotations are not available yet');
};

export function createAnnotationHandlers(
  _ctx: HandlerContext,
): HandlersOf<keyof typeof annotationMethods> {
  return {
    'annotations.getCoder': notYet,
    'annotations.setCoder': notYet,
    'codebooks.list': notYet,
    'codebooks.create': notYet,
    'codebooks.update': notYet,
    'codes.create': notYet,
    'codes.update': notYet,
    'codes.merge': notYet,
    'annotations.list': notYet,
    'annotations.create': notYet,
    'annotations.update': notYet,
    'annotations.delete': notYet,
    'annotations.restore': notYet,
    'annotations.agreement': notYet,
    'annotations.export': notYet,
    'annotations.import': notYet,
    'articles.listVersions': notYet,
    'articles.getVersion': notYet,
    'articles.editText': notYet,
  };
}
