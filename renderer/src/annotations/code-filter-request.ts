/**
 * "Show the passages coded with X", asked from outside the annotations panel (the command
 * palette): the panel applies each request once, whether it is open already or opens next.
 */
import { useSyncExternalStore } from 'react';

export interface CodeFilterRequest {
  codeId: string;
  /** Increases with every request, so asking twice for one code applies twice. */
  serial: number;
}

let current: CodeFilterRequest | null = null;
let applied = 0;
const listeners = new Set<() => void>();

export function requestCodeFilter(codeId: string): void {
  current = { codeId, serial: (current?.serial ?? 0) + 1 };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The request not applied yet, if any; `markApplied` it once it is shown. */
export function usePendingCodeFilter(): CodeFilterRequest | null {
  const request = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  return request && request.serial > applied ? request : null;
}

export function markApplied(request: CodeFilterRequest): void {
  applied = Math.max(applied, request.serial);
}
