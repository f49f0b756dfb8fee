/**
 * Coding passages, the pure core: selectors and re-anchoring, agreement between coders, exports
 * and imports (W3C Web Annotation JSON, CSV, REFI-QDA .qdpx) and the codebook file format.
 * No Node or DOM APIs: used by the backend and the renderer alike.
 */
export { CONTEXT_LENGTH, describeSpan, splitsSurrogatePair } from './selectors.ts';
export type { SpanSelectors, TextPositionSelector, TextQuoteSelector } from './selectors.ts';

export { ANCHOR_THRESHOLD, FULL_SCAN_MAX, reanchor, reanchorAll } from './anchor.ts';
export type { AnchorCandidate, AnchorResult, AnchorTarget } from './anchor.ts';

export { agreementByCode, cohensKappa, krippendorffAlpha, percentAgreement } from './agreement.ts';
export type {
  AgreementInput,
  AgreementReport,
  CodeAgreement,
  CodedUnit,
  ReliabilityData,
} from './agreement.ts';

export { appliesToPassage, codesPerPassage } from './units.ts';
export type { CodedSpan, PassageSpan, PassageUnit, UnitOptions } from './units.ts';

export type {
  ExportAnnotation,
  ExportArticle,
  ExportBundle,
  ExportCode,
  ImportedAnnotation,
  ImportedCode,
  ImportProblem,
  ParsedImport,
} from './exchange-types.ts';

export {
  ANNO_CONTEXT,
  ANNOTATION_IRI_PREFIX,
  ARTICLE_IRI_PREFIX,
  CODE_IRI_PREFIX,
  parseW3C,
  toW3C,
} from './w3c.ts';
export type { W3CAnnotation, W3CCollection, W3COptions, W3CTextualBody } from './w3c.ts';

export { CSV_COLUMNS, guardCell, parseCsv, parseCsvRecords, toCsv, unguardCell } from './csv.ts';
export type { CsvColumn, CsvOptions } from './csv.ts';

export { buildQdpx, guidFor, QDA_NAMESPACE } from './qdpx.ts';
export type { QdpxOptions, QdpxResult } from './qdpx.ts';

export { planImport } from './import-plan.ts';
export type { ImportArticle, ImportContext, ImportPlan, PlannedAnnotation } from './import-plan.ts';

export { codebookCode, codebookFile, codeIdPattern, flattenCodebook } from './codebook-schema.ts';
export type { CodebookCodeNode, CodebookFileData } from './codebook-schema.ts';
