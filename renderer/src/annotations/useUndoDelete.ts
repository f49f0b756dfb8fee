import { useCallback, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation-methods.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';

/** Deleting annotations with an undo: the last deleted one can be put back as it was. */
export function useUndoDelete() {
  const api = useApi();
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = useCallback(
    async (id: string) => {
      setError(null);
      try {
        setDeleted(await api.call('annotations.delete', { id }));
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [api],
  );
  const undo = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    try {
      await api.call('annotations.restore', { annotation: deleted });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [api, deleted]);
  const dismiss = useCallback(() => setDeleted(null), []);
  return { deleted, error, remove, undo, dismiss, setDeleted, clearError: () => setError(null) };
}
