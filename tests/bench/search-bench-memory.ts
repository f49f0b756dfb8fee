/**
 * Heap measurement for the search benchmark: a full collection before each reading, so a figure
 * is what is still referenced, not what the collector has yet to free. `npm run bench` starts node
 * without --expose-gc, so the flag is set at run time and `gc` fetched from a fresh context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Bytes of JS heap in use after a full collection. */
export function liveHeapBytes(): number {
  collect();
  return process.memoryUsage().heapUsed;
}
