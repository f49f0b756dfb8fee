import { useCallback, useMemo, useState } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';

/** Articles picked in the library for a comparison, in the order they were picked. */
export function useSelection() {
  const [picked, setPicked] = useState<ArticleRecord[]>([]);
  const selectedIds = useMemo(() => new Set(picked.map((article) => article.id)), [picked]);
  const toggle = useCallback(
    (article: ArticleRecord) =>
      setPicked((current) =>
        current.some((item) => item.id === article.id)
          ? current.filter((item) => item.id !== article.id)
          : [...current, article],
      ),
    [],
  );
  const clear = useCallback(() => setPicked([]), []);
  return { picked, selectedIds, toggle, clear };
}
