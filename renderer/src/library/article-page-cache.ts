/**
 * Pages of `articles.list` for one query, fetched on demand as rows scroll into view. Rows are
 * addressed by index; `total` comes from the first answer and sets the scroll height. Only
 * `maxPages` pages are kept (least recently used go first) so 100,000 rows never all sit in memory.
 */
import type { ArticleRecord } from '../../../shared/api/schemas.ts';

export interface PageAnswer {
  total: number;
  items: ArticleRecord[];
}

export type FetchPage = (offset: number, limit: number) => Promise<PageAnswer>;

export interface PageCacheOptions {
  pageSize?: number;
  maxPages?: number;
  /** The cache this one replaces; its rows stay visible until this one has an answer. */
  previous?: ArticlePageCache | null;
}

export class ArticlePageCache {
  readonly pageSize: number;
  private readonly maxPages: number;
  private readonly fetchPage: FetchPage;
  private pages = new Map<number, ArticleRecord[]>();
  /** Pages from before an invalidation, shown until their fresh copy arrives. */
  private stalePages = new Map<number, ArticleRecord[]>();
  private inFlight = new Set<number>();
  private previous: ArticlePageCache | null;
  private generation = 0;
  private listeners = new Set<() => void>();
  private knownTotal: number | null = null;
  error: unknown = null;
  /** Bumped on every change, for `useSyncExternalStore`. */
  version = 0;

  constructor(fetchPage: FetchPage, options: PageCacheOptions = {}) {
    this.fetchPage = fetchPage;
    this.pageSize = options.pageSize ?? 200;
    this.maxPages = options.maxPages ?? 50;
    this.previous = options.previous ?? null;
  }

  /** Number of matching articles, or null before the first answer. */
  get total(): number | null {
    return this.knownTotal ?? this.previous?.total ?? null;
  }

  /** True once this query (not a previous one) has answered. */
  get hasAnswered(): boolean {
    return this.knownTotal !== null;
  }

  rowAt(index: number): ArticleRecord | undefined {
    if (this.knownTotal === null) return this.previous?.rowAt(index);
    const page = Math.floor(index / this.pageSize);
    const rows = this.pages.get(page) ?? this.stalePages.get(page);
    return rows?.[index % this.pageSize];
  }

  /** Fetches the pages covering rows `start..end` (inclusive) that are not cached yet. */
  ensureRange(start: number, end: number): void {
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.max(first, Math.floor(Math.max(start, end) / this.pageSize));
    for (let page = first; page <= last; page += 1) {
      const rows = this.pages.get(page);
      if (rows) {
        // Re-insert to mark as recently used.
        this.pages.delete(page);
        this.pages.set(page, rows);
      } else if (!this.inFlight.has(page)) {
        void this.load(page);
      }
    }
  }

  /** The library changed: refetch what is on screen, showing the old rows meanwhile. */
  invalidate(): void {
    this.generation += 1;
    for (const [page, rows] of this.pages) this.stalePages.set(page, rows);
    this.pages.clear();
    this.inFlight.clear();
    this.notify();
  }

  /** Forgets a failed fetch so the next `ensureRange` tries again. */
  clearError(): void {
    this.error = null;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async load(page: number): Promise<void> {
    const generation = this.generation;
    this.inFlight.add(page);
    try {
      const answer = await this.fetchPage(page * this.pageSize, this.pageSize);
      if (generation !== this.generation) return;
      this.knownTotal = answer.total;
      this.previous = null;
      this.error = null;
      this.pages.set(page, answer.items);
      this.stalePages.delete(page);
      this.evict();
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error;
    } finally {
      if (generation === this.generation) this.inFlight.delete(page);
    }
    this.notify();
  }

  private evict(): void {
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next();
      if (oldest.done) return;
      this.pages.delete(oldest.value);
    }
    if (this.stalePages.size > this.maxPages) this.stalePages.clear();
  }

  private notify(): void {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  }
}
