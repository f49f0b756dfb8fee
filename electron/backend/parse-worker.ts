/**
 * Parse worker: reads and parses chunks of files for a parallel import, so that on two cores the
 * parsing of the next files overlaps the database writes of the previous ones.
 */
import { parentPort } from 'node:worker_threads';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { parseItem, type ImportItem, type ItemOutcome } from './import-files.ts';

export interface ParseRequest {
  seq: number;
  items: ImportItem[];
}

export interface ParseResponse {
  seq: number;
  outcomes: ItemOutcome[];
}

const registry = loadDefaultRegistry();
parentPort?.on('message', (request: ParseRequest) => {
  const outcomes = request.items.map((item) => parseItem(item, registry));
  parentPort?.postMessage({ seq: request.seq, outcomes } satisfies ParseResponse);
});
