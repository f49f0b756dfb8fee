/** Export and import of annotations (wired to shared/annotations once its formats land). */
import { ApiFailure } from '../../../shared/api/envelope.ts';
import type { Database } from '../db/database.ts';

export function exportAnnotations(_db: Database, _input: unknown): never {
  throw new ApiFailure('unsupported', 'export is not available yet');
}

export function importAnnotations(
  _db: Database,
  _input: unknown,
  _now: Date,
): {
  added: number;
  orphans: number;
  problems: { item: string; reason: string }[];
  articleIds: string[];
} {
  throw new ApiFailure('unsupported', 'import is not available yet');
}
