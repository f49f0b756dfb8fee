import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/api/contract.ts';
import { createBackend, type Backend } from '../backend.ts';
import { repoCorpusDir } from '../paths.ts';
import { makeTempDir } from '../../../tests/support/temp-dir.ts';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await backend.handle(method, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

const cgtnSentence =
  'NATO said the call demonstrates a clear mutual interest to maintain the military lines of communication.';

async function articleByOutlet(outlet: RegExp): Promise<Output<'articles.list'>['items'][number]> {
  const page = await call<Output<'articles.list'>>('articles.list', {});
  const found = page.items.find((a) => outlet.test(a.outlet ?? ''));
  if (!found) throw new Error(`no article from ${String(outlet)}`);
  return found;
}

beforeAll(async () => {
  dir = makeTempDir();
  backend = await createBackend({ dataDir: dir.path, corpusDir: repoCorpusDir, log: () => {} });
});

afterAll(async () => {
  await backend.close();
  dir.remove();
});

describe('search.query with crossLanguage', () => {
  it('lists the Segodnya passage first for the CGTN lines-of-communication sentence', async () => {
    const cgtn = await articleByOutlet(/cgtn/i);
    const segodnya = await articleByOutlet(/segodnya|сегодня/i);
    const reply = await call<Output<'search.query'>>('search.query', {
      text: cgtnSentence,
      excludeArticleIds: [cgtn.id],
      crossLanguage: true,
    });
    const first = reply.crossLanguage?.[0];
    expect(first?.article).toBe(segodnya.id);
    expect(first?.crossLanguage).toBe(true);
    expect(first?.text).toContain('линии связи');
    expect(first?.reason).toMatch(/lines of communication/);
    expect(first && first.text.slice(first.start - first.passageStart)).toBe(first?.text);
  });

  it('returns only articles in another language than the selection', async () => {
    const cgtn = await articleByOutlet(/cgtn/i);
    const reply = await call<Output<'search.query'>>('search.query', {
      text: cgtnSentence,
      excludeArticleIds: [cgtn.id],
      crossLanguage: true,
    });
    expect(reply.crossLanguage?.length).toBeGreaterThan(0);
    for (const hit of reply.crossLanguage ?? []) expect(hit.language).toMatch(/^ru/);
  });

  it('finds English articles naming the people of a Russian selection, and says so', async () => {
    const reply = await call<Output<'search.query'>>('search.query', {
      text: 'встреча Куртиса Скапарротти и Валерия Герасимова',
      crossLanguage: true,
    });
    expect(reply.crossLanguage?.length).toBeGreaterThan(0);
    for (const hit of reply.crossLanguage ?? []) {
      expect(hit.language).toBe('en');
      expect(hit.reason).toMatch(/Gerasimov/);
    }
  });

  it('leaves the cross-language list out unless asked for', async () => {
    const reply = await call<Output<'search.query'>>('search.query', { text: cgtnSentence });
    expect(reply.crossLanguage).toBeUndefined();
  });

  it('finds nothing confident for an unrelated sentence', async () => {
    const reply = await call<Output<'search.query'>>('search.query', {
      text: 'The weather in Paris was sunny and the cafes were full of tourists.',
      crossLanguage: true,
    });
    expect(reply.crossLanguage).toEqual([]);
  });
});
