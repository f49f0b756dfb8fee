import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, transaction, type Database } from '../db/database.ts';
import { createArticlesRepo } from '../articles-repo.ts';
import { makeTempDir } from '../../../tests/support/temp-dir.ts';
import { insertArticles, type ArticleSpec } from '../../../tests/support/search-articles.ts';
import { createSearchService } from './search-service.ts';
import { indexPendingPassages } from './search-index.ts';

const cgtn: ArticleSpec = {
  title: 'Russia, NATO military chiefs agree to continue contact',
  outlet: 'CGTN',
  language: 'en',
  published: '2017-04-07',
  paragraphs: [
    'Russian Armed Forces General Staff Valery Gerasimov and Petr Pavel agreed to continue contact during a meeting in Baku.',
    'He told Pavel the military exercises were “long-planned and defensive” and “not aimed against any third country,” media reported.',
  ],
};
const ria: ArticleSpec = {
  title: 'Столтенберг о встрече',
  outlet: 'RIA Novosti',
  language: 'ru',
  published: '2017-04-08',
  paragraphs: [
    '"Мы усилили нашу коллективную безопасность, но остаемся открытыми к\u00a0диалогу", – говорится в заявлении Генсека.',
    'Учения носят плановый характер и не направлены против третьих стран.',
  ],
};
const other: ArticleSpec = {
  title: 'Border crossing reopens',
  outlet: 'Reuters',
  language: 'en',
  published: '2021-03-12',
  paragraphs: [
    'Foreign ministers of the two countries agreed on Friday to reopen the main border crossing, officials said.',
  ],
};

let dir: ReturnType<typeof makeTempDir>;
let db: Database;
let ids: string[];
const dbPath = () => join(dir.path, 'library.sqlite');

beforeEach(() => {
  dir = makeTempDir('parallax-search-');
  db = openDatabase(dbPath());
  ids = transaction(db, () => insertArticles(db, [cgtn, ria, other]));
});

afterEach(() => {
  db.close();
  dir.remove();
});

describe('search service on a real library', () => {
  it('finds a misspelt seed quote in the right article with the span highlighted', () => {
    const hits = createSearchService(db).query({ text: 'not aimed against any third contry' });
    expect(hits[0]?.article).toBe(ids[0]);
    expect(hits[0]?.passageIndex).toBe(1);
    const detail = createArticlesRepo(db).getDetail(ids[0] ?? '');
    expect(detail?.body.slice(hits[0]?.start, hits[0]?.end)).toBe(
      'not aimed against any third country',
    );
    expect(hits[0]?.score).toBeLessThan(1);
  });

  it('finds a Russian quote with a typo across a no-break space', () => {
    const hits = createSearchService(db).query({ text: 'остаемся открытыми к диолагу' });
    expect(hits[0]?.article).toBe(ids[1]);
    const hit = hits[0];
    expect(hit && hit.text.slice(hit.start - hit.passageStart, hit.end - hit.passageStart)).toBe(
      'остаемся открытыми к\u00a0диалогу',
    );
  });

  it('applies outlet, language and date filters', () => {
    const service = createSearchService(db);
    expect(service.query({ text: 'agreed to continue contact', outlets: ['Reuters'] })).toEqual([]);
    expect(service.query({ text: 'agreed to continue contact lang:ru' })).toEqual([]);
    expect(service.query({ text: 'agreed to continue contact to:2017-04-06' })).toEqual([]);
    expect(
      service.query({ text: 'agreed to continue contact outlet:cgtn to:2017-04-07' })[0]?.article,
    ).toBe(ids[0]);
  });

  it('searches only the given articles when asked (a story, a comparison)', () => {
    const service = createSearchService(db);
    const text = 'agreed to continue contact';
    expect(service.query({ text, articleIds: [ids[2] ?? ''] })).toEqual([]);
    expect(service.query({ text, articleIds: [ids[0] ?? ''] })[0]?.article).toBe(ids[0]);
  });

  it('leaves out excluded articles (find elsewhere)', () => {
    const hits = createSearchService(db).query({
      text: 'agreed to continue contact',
      excludeArticleIds: [ids[0] ?? ''],
    });
    expect(hits.map((h) => h.article)).not.toContain(ids[0]);
  });

  it('sees articles imported after the service was created', () => {
    const service = createSearchService(db);
    expect(service.query({ text: 'ceasefire along the contact line held overnight' })).toEqual([]);
    const [added] = transaction(db, () =>
      insertArticles(db, [
        {
          title: 'Ceasefire',
          paragraphs: ['The ceasefire along the contact line held overnight.'],
        },
      ]),
    );
    expect(
      service.query({ text: 'ceasefire along the contact line held overnight' })[0]?.article,
    ).toBe(added);
  });

  it('follows a metadata edit in its filters', () => {
    const service = createSearchService(db);
    transaction(db, () => createArticlesRepo(db).updateMetadata(ids[2] ?? '', { outlet: 'AP' }));
    expect(
      service.query({ text: 'reopen the main border crossing', outlets: ['AP'] })[0]?.article,
    ).toBe(ids[2]);
    expect(
      service.query({ text: 'reopen the main border crossing', outlets: ['Reuters'] }),
    ).toEqual([]);
  });

  it('follows an edit of a passage text', () => {
    const service = createSearchService(db);
    db.prepare(
      "UPDATE passages SET text = 'The border stays closed, officials said.' WHERE article_id = ?",
    ).run(ids[2] ?? '');
    expect(service.query({ text: 'reopen the main border crossing' })).toEqual([]);
    expect(service.query({ text: 'the border stays closed' })[0]?.article).toBe(ids[2]);
  });

  it('forgets a deleted article', () => {
    const service = createSearchService(db);
    db.prepare('DELETE FROM articles WHERE id = ?').run(ids[0] ?? '');
    expect(service.query({ text: 'not aimed against any third country' })).toEqual([]);
  });

  it('answers at once from the indexes while an import holds the write lock', () => {
    indexPendingPassages(db);
    const importer = openDatabase(dbPath());
    importer.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      const hits = createSearchService(db).query({ text: 'not aimed against any third contry' });
      // Waiting for the lock would take the 10 s busy timeout.
      expect(performance.now() - started).toBeLessThan(5000);
      expect(hits[0]?.article).toBe(ids[0]);
    } finally {
      importer.exec('ROLLBACK');
      importer.close();
    }
  });

  it('answers from a reopened library without any rebuild', () => {
    db.close();
    db = openDatabase(dbPath());
    const hits = createSearchService(db).query({
      text: 'Мы усилили нашу коллективную безопастность',
    });
    expect(hits[0]?.article).toBe(ids[1]);
  });

  it('requires an exact phrase when the quote is in quotes', () => {
    const service = createSearchService(db);
    expect(service.query({ text: '"not aimed against any third contry"' })).toEqual([]);
    expect(service.query({ text: '"not aimed against any third country"' })[0]?.score).toBe(1);
  });

  it('ranks by pairs when every word of the quote is common', () => {
    const verbs = ['suspended', 'resumed', 'extended', 'approved', 'reviewed', 'cancelled'];
    const stock = transaction(db, () =>
      insertArticles(
        db,
        verbs.map((verb) => ({
          title: verb,
          paragraphs: [`The ministry is believed to have ${verb} the talks, officials said.`],
        })),
      ),
    );
    // A cap of 2 makes every probe "common" here, as "the" or "said" are in a large library.
    const service = createSearchService(db, { probeCap: 2 });
    const hits = service.query({ text: 'is believed to have cancelld the talks' });
    expect(hits[0]?.article).toBe(stock[5]);
  });

  it('corrects a misspelt rare word when the rest of the quote is common', () => {
    const places = ['Dorburg', 'Tanselovo', 'Brigorovo', 'Zelport', 'Hamford', 'Kovfinlik'];
    const stock = transaction(db, () =>
      insertArticles(
        db,
        places.map((place) => ({
          title: place,
          paragraphs: [`The meeting in ${place} was postponed last week.`],
        })),
      ),
    );
    // Every word and pair but the place is "common"; only two candidates get verified.
    const service = createSearchService(db, { probeCap: 2, verifyLimit: 2 });
    const hits = service.query({ text: 'The meeting in Kovfinlk was postponed last week' });
    expect(hits[0]?.article).toBe(stock[5]);
  });

  it('finds a quote whose last word is still being typed', () => {
    const hits = createSearchService(db).query({ text: 'Gerasi' });
    expect(hits[0]?.article).toBe(ids[0]);
    const hit = hits[0];
    expect(hit && hit.text.slice(hit.start - hit.passageStart, hit.end - hit.passageStart)).toBe(
      'Gerasi',
    );
  });
});
