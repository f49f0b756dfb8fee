import { describe, expect, it } from 'vitest';
import { ArticlePageCache, type FetchPage } from './article-page-cache.ts';
import { makeArticle } from '../test-support/fake-api.ts';

function recordingFetch(total: number) {
  const requests: number[] = [];
  const fetchPage: FetchPage = async (offset, limit) => {
    requests.push(offset);
    const count = Math.max(0, Math.min(limit, total - offset));
    return {
      total,
      items: Array.from({ length: count }, (_, i) => makeArticle({ title: `row ${offset + i}` })),
    };
  };
  return { requests, fetchPage };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ArticlePageCache', () => {
  it('fetches only the pages covering the requested rows', async () => {
    const { requests, fetchPage } = recordingFetch(100_000);
    const cache = new ArticlePageCache(fetchPage, { pageSize: 200 });
    cache.ensureRange(50_010, 50_060);
    await settle();
    expect(requests).toEqual([50_000]);
    expect(cache.total).toBe(100_000);
    expect(cache.rowAt(50_010)?.title).toBe('row 50010');
    expect(cache.rowAt(0)).toBeUndefined();
  });

  it('does not fetch a page twice while it is in flight or cached', async () => {
    const { requests, fetchPage } = recordingFetch(1000);
    const cache = new ArticlePageCache(fetchPage, { pageSize: 200 });
    cache.ensureRange(0, 10);
    cache.ensureRange(5, 20);
    await settle();
    cache.ensureRange(0, 199);
    expect(requests).toEqual([0]);
  });

  it('keeps at most maxPages pages, dropping the least recently used', async () => {
    const { fetchPage } = recordingFetch(10_000);
    const cache = new ArticlePageCache(fetchPage, { pageSize: 10, maxPages: 2 });
    cache.ensureRange(0, 0);
    cache.ensureRange(10, 10);
    await settle();
    cache.ensureRange(0, 0);
    cache.ensureRange(20, 20);
    await settle();
    expect(cache.rowAt(0)).toBeDefined();
    expect(cache.rowAt(10)).toBeUndefined();
    expect(cache.rowAt(20)).toBeDefined();
  });

  it('shows the previous query rows until the new query answers', async () => {
    const first = new ArticlePageCache(recordingFetch(5).fetchPage);
    first.ensureRange(0, 4);
    await settle();
    const second = new ArticlePageCache(recordingFetch(2).fetchPage, { previous: first });
    expect(second.total).toBe(5);
    expect(second.hasAnswered).toBe(false);
    second.ensureRange(0, 4);
    await settle();
    expect(second.total).toBe(2);
    expect(second.rowAt(3)).toBeUndefined();
  });

  it('keeps showing old rows after invalidation until fresh ones arrive', async () => {
    const { requests, fetchPage } = recordingFetch(3);
    const cache = new ArticlePageCache(fetchPage);
    cache.ensureRange(0, 2);
    await settle();
    cache.invalidate();
    expect(cache.rowAt(1)?.title).toBe('row 1');
    cache.ensureRange(0, 2);
    await settle();
    expect(requests).toEqual([0, 0]);
  });

  it('records a failed fetch as its error', async () => {
    const cache = new ArticlePageCache(() => Promise.reject(new Error('disk on fire')));
    cache.ensureRange(0, 10);
    await settle();
    expect(cache.error).toBeInstanceOf(Error);
  });
});
