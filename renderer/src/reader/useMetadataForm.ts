import { useCallback, useState } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { useApi } from '../api/useApi.ts';
import { buildPatch, valuesOf, type MetadataField, type MetadataValues } from './metadata-form.ts';

/** Edit state for one article's metadata; `save` sends only what changed. */
export function useMetadataForm(article: ArticleRecord, onSaved: (record: ArticleRecord) => void) {
  const api = useApi();
  const [values, setValues] = useState<MetadataValues>(() => valuesOf(article));
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const patch = buildPatch(article, values);
  const isDirty = Object.keys(patch).length > 0;

  const setField = useCallback((field: MetadataField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setError(null);
  }, []);

  const save = useCallback(async () => {
    if (!isDirty) return;
    setIsSaving(true);
    setError(null);
    try {
      const record = await api.call('articles.updateMetadata', { id: article.id, patch });
      onSaved(record);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsSaving(false);
    }
  }, [api, article.id, isDirty, onSaved, patch]);

  return { values, setField, isDirty, error, isSaving, save };
}
