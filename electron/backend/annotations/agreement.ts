/** Agreement between coders (wired to shared/annotations once its statistics land). */
import { ApiFailure } from '../../../shared/api/envelope.ts';
import type { Database } from '../db/database.ts';

export function computeAgreement(_db: Database, _input: unknown): never {
  throw new ApiFailure('unsupported', 'agreement is not available yet');
}
