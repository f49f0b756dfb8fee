/** Handlers of the annotation methods (shared/api/annotation-methods.ts). */
import type { annotationMethods } from '../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import { transaction } from './db/database.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';
import {
  createAnnotation,
  deleteAnnotation,
  getCoder,
  insertAnnotation,
  listAnnotations,
  setCoder,
  updateAnnotation,
} from './annotations/annotation-store.ts';
import {
  createCode,
  createCodebook,
  listCodebooks,
  mergeCodes,
  updateCode,
  updateCodebook,
} from './annotations/codebook-store.ts';
import { seedCodebooks } from './annotations/default-codebook.ts';
import { editArticleText } from './annotations/edit-text.ts';
import { getVersion, listVersions } from './annotations/versions.ts';
import { computeAgreement } from './annotations/agreement.ts';
import { exportAnnotations, importAnnotations } from './annotations/exchange.ts';

export function createAnnotationHandlers(
  ctx: HandlerContext,
): HandlersOf<keyof typeof annotationMethods> {
  const { db, repo, emit } = ctx;
  seedCodebooks(db);
  const now = () => new Date();
  const changed = (articleIds: Iterable<string>) => {
    const ids = [...new Set(articleIds)];
    if (ids.length > 0) emit('annotations.changed', { articleIds: ids });
  };
  const codebookChange = <T>(work: () => T): T => {
    const result = transaction(db, work);
    emit('codebooks.changed', {});
    return result;
  };

  return {
    'annotations.getCoder': () => ({ coder: getCoder(db) }),
    'annotations.setCoder': ({ coder }) => ({ coder: transaction(db, () => setCoder(db, coder)) }),
    'codebooks.list': () => listCodebooks(db),
    'codebooks.create': (input) => codebookChange(() => createCodebook(db, input, now())),
    'codebooks.update': (input) => codebookChange(() => updateCodebook(db, input)),
    'codes.create': (input) => codebookChange(() => createCode(db, input)),
    'codes.update': (input) => codebookChange(() => updateCode(db, input)),
    'codes.merge': ({ sourceIds, targetId }) => {
      const { moved, annotationIds } = codebookChange(() => mergeCodes(db, sourceIds, targetId));
      if (annotationIds.length > 0) {
        const marks = annotationIds.map(() => '?').join(', ');
        const articles = db
          .prepare(`SELECT DISTINCT article_id AS id FROM annotations WHERE id IN (${marks})`)
          .all(...annotationIds) as { id: string }[];
        changed(articles.map((a) => a.id));
      }
      return { moved };
    },
    'annotations.list': (filter) => listAnnotations(db, filter),
    'annotations.create': (input) => {
      const annotation = transaction(db, () => createAnnotation(db, input, now()));
      changed([annotation.articleId]);
      return annotation;
    },
    'annotations.update': (patch) => {
      const annotation = transaction(db, () => updateAnnotation(db, patch, now()));
      changed([annotation.articleId]);
      return annotation;
    },
    'annotations.delete': ({ id }) => {
      const annotation = transaction(db, () => deleteAnnotation(db, id));
      changed([annotation.articleId]);
      return annotation;
    },
    'annotations.restore': ({ annotation }) => {
      const restored = transaction(db, () => insertAnnotation(db, annotation));
      changed([restored.articleId]);
      return restored;
    },
    'annotations.agreement': (input) => computeAgreement(db, input),
    'annotations.export': (input) => exportAnnotations(db, input),
    'annotations.import': (input) => {
      const result = importAnnotations(db, input, now());
      changed(result.articleIds);
      return { added: result.added, orphans: result.orphans, problems: result.problems };
    },
    'articles.listVersions': ({ id }) => listVersions(db, id),
    'articles.getVersion': ({ id, version }) => getVersion(db, id, version),
    'articles.editText': ({ id, body }) => {
      const result = editArticleText(db, id, body, now());
      if (result.changed) {
        emit('library.changed', { reason: 'text' });
        changed([id]);
      }
      const detail = repo.getDetail(id);
      if (!detail) throw new ApiFailure('not_found', `no article with id "${id}"`);
      return {
        detail,
        version: result.version,
        reanchored: result.reanchored,
        orphaned: result.orphaned,
      };
    },
  };
}
