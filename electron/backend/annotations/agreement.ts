/**
 * Agreement between coders, over the passages of the articles they coded: each passage is a unit,
 * and a code applies to it for a coder when one of the coder's anchored annotations with that code
 * covers it (the rule in shared/annotations/units.ts). Kappa, alpha and percent agreement per code
 * come from shared/annotations/agreement.ts; the passages where coders differ are listed.
 */
import type { Output } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import {
  agreementByCode,
  codesPerPassage,
  type PassageUnit,
} from '../../../shared/annotations/index.ts';
import type { Database } from '../db/database.ts';
import { allCodes, getCodebook } from './codebook-store.ts';

export interface AgreementRequest {
  coders: string[];
  articleIds?: string[] | undefined;
  codebookId?: string | undefined;
}

interface SpanRow {
  article_id: string;
  coder: string;
  start: number;
  end: number;
  code_ids: string;
}

/**
 * With `articleIds`, those articles, and a coder who left no annotation in one counts as not having
 * coded it (missing, not "applied nothing"). Without, the articles every chosen coder annotated,
 * where each coder's silence on a passage means "applied nothing".
 */
export function computeAgreement(
  db: Database,
  input: AgreementRequest,
): Output<'annotations.agreement'> {
  const coders = [...new Set(input.coders.map((c) => c.trim()).filter((c) => c !== ''))];
  if (coders.length < 2) throw new ApiFailure('invalid_input', 'choose two coders or more');
  const coderMarks = coders.map(() => '?').join(', ');
  let articleIds: string[];
  if (input.articleIds?.length) {
    articleIds = [...new Set(input.articleIds)];
  } else {
    articleIds = (
      db
        .prepare(
          `SELECT article_id AS id FROM annotations WHERE coder IN (${coderMarks})
           GROUP BY article_id HAVING count(DISTINCT coder) = ? ORDER BY article_id`,
        )
        .all(...coders, coders.length) as { id: string }[]
    ).map((r) => r.id);
  }

  const codes = allCodes(db);
  if (input.codebookId) getCodebook(db, input.codebookId);
  const inBook = input.codebookId
    ? new Set(codes.filter((c) => c.codebookId === input.codebookId).map((c) => c.id))
    : null;

  const titleOf = db.prepare('SELECT title FROM articles WHERE id = ?');
  const passagesOf = db.prepare(
    'SELECT idx AS "index", start, end, text FROM passages WHERE article_id = ? ORDER BY idx',
  );
  const spansOf = db.prepare(
    `SELECT n.article_id, n.coder, n.start, n.end,
       (SELECT json_group_array(code_id) FROM annotation_codes WHERE annotation_id = n.id) AS code_ids
     FROM annotations n WHERE n.article_id = ? AND n.status = 'anchored' AND n.coder IN (${coderMarks})`,
  );

  const units: PassageUnit[] = [];
  const unitInfo = new Map<string, { articleId: string; title: string; text: string }>();
  const used = new Set<string>();
  let articleCount = 0;
  for (const articleId of articleIds) {
    const title = titleOf.get(articleId) as { title: string } | undefined;
    if (!title) throw new ApiFailure('not_found', `no article with id "${articleId}"`);
    articleCount += 1;
    const passages = passagesOf.all(articleId) as {
      index: number;
      start: number;
      end: number;
      text: string;
    }[];
    const spans = (spansOf.all(articleId, ...coders) as unknown as SpanRow[]).map((row) => {
      const codeIds = (JSON.parse(row.code_ids) as string[]).filter(
        (id) => inBook === null || inBook.has(id),
      );
      for (const id of codeIds) used.add(id);
      return { start: row.start, end: row.end, coder: row.coder, codeIds };
    });
    const coded = input.articleIds?.length
      ? coders.filter((c) => spans.some((s) => s.coder === c))
      : coders;
    const prefix = `${articleId}:`;
    for (const unit of codesPerPassage(passages, spans, { coders: coded, idPrefix: prefix })) {
      units.push(unit);
      const passage = passages.find((p) => p.index === unit.index);
      unitInfo.set(unit.id, { articleId, title: title.title, text: passage?.text ?? '' });
    }
  }

  // The codes reported: the chosen codebook's (all of them), else every code the coders used.
  const reported = codes.filter((c) => (inBook ? inBook.has(c.id) : used.has(c.id)));
  const report = agreementByCode({ coders, units, codes: reported.map((c) => c.id) });
  const names = new Map(codes.map((c) => [c.id, c.name]));
  const wanted = new Set(reported.map((c) => c.id));
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    coders: report.coders,
    articleCount,
    unitCount: report.unitCount,
    perCode: report.perCode.map((c) => ({
      codeId: c.code,
      name: names.get(c.code) ?? c.code,
      applied: c.applied,
      kappa: c.kappa,
      alpha: c.alpha,
      percentAgreement: c.percentAgreement,
    })),
    overallAlpha: report.overallAlpha,
    disagreements: report.disagreements.flatMap((unitId) => {
      const unit = byId.get(unitId);
      const info = unitInfo.get(unitId);
      if (!unit || !info) return [];
      const byCoder: Record<string, string[]> = {};
      for (const [coder, applied] of Object.entries(unit.codesByCoder)) {
        byCoder[coder] = applied.filter((id) => wanted.has(id));
      }
      return [
        {
          articleId: info.articleId,
          articleTitle: info.title,
          passageIndex: unit.index,
          start: unit.start,
          end: unit.end,
          text: info.text,
          byCoder,
        },
      ];
    }),
  };
}
