/**
 * Numbered schema migrations. Each runs once, in order, in its own transaction; `user_version`
 * records the last one applied. Never edit a released migration: add a new one (each has a test).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, passages and their full-text index',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        file TEXT,
        url TEXT,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        raw TEXT NOT NULL,
        -- NULL when the line document is the raw text itself (txt, md)
        source_text TEXT,
        body TEXT NOT NULL,
        lines_json TEXT NOT NULL,
        body_spans_json TEXT NOT NULL,
        body_lines_json TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT,
        outlet_id TEXT,
        language TEXT,
        published TEXT,
        published_source TEXT,
        published_confidence REAL NOT NULL DEFAULT 0,
        captions_json TEXT NOT NULL DEFAULT '[]',
        credits_json TEXT NOT NULL DEFAULT '[]',
        keywords_json TEXT NOT NULL DEFAULT '[]',
        word_count INTEGER NOT NULL,
        length INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        edited_fields_json TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX articles_by_title ON articles (title COLLATE NOCASE);
      CREATE INDEX articles_by_outlet ON articles (outlet COLLATE NOCASE);
      CREATE INDEX articles_by_language ON articles (language);
      CREATE INDEX articles_by_published ON articles (published);
      CREATE INDEX articles_by_length ON articles (word_count);
      CREATE INDEX articles_by_imported ON articles (imported_at);

      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
      ) STRICT;

      CREATE VIRTUAL TABLE passages_fts USING fts5 (
        text,
        content = 'passages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER passages_au AFTER UPDATE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'search: word-pair index and its catch-up queue',
    sql: `
      -- Word-pair keys per passage (shared/search/pair-keys.ts): postings only, no text, no positions.
      CREATE VIRTUAL TABLE search_pairs USING fts5 (
        keys,
        content = '',
        contentless_delete = 1,
        detail = none,
        tokenize = 'ascii'
      );

      -- Passages whose keys are not indexed yet. Triggers queue every new or edited passage, whoever
      -- writes it; the backend computes the keys (SQL cannot) and empties the queue.
      CREATE TABLE search_pending (
        passage_id INTEGER PRIMARY KEY
      ) STRICT;

      CREATE TRIGGER search_pending_ai AFTER INSERT ON passages BEGIN
        INSERT OR IGNORE INTO search_pending (passage_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_pending_au AFTER UPDATE OF text ON passages BEGIN
        DELETE FROM search_pairs WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_pending (passage_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_pairs_ad AFTER DELETE ON passages BEGIN
        DELETE FROM search_pairs WHERE rowid = old.id;
        DELETE FROM search_pending WHERE passage_id = old.id;
      END;

      -- A library from before this migration is indexed by the same queue, a batch at a time.
      INSERT INTO search_pending (passage_id) SELECT id FROM passages;
    `,
  },
  {
    version: 3,
    name: 'stories: the current grouping, recomputed when the library changes',
    sql: `
      -- One row per grouped article. The grouping is derived data: rebuilt from the articles and
      -- the user's decisions (setting 'stories.decisions') whenever 'library.revision' moves on.
      CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        story_title TEXT NOT NULL
      ) STRICT;
      CREATE INDEX story_members_by_story ON story_members (story_id);

      -- Edits and deletions that can change a grouping move the library revision on. Inserts
      -- are seen through max(rowid) instead: a trigger per imported article costs import speed.
      INSERT INTO settings (key, value) VALUES ('library.revision', '0')
        ON CONFLICT (key) DO NOTHING;
      CREATE TRIGGER revision_on_delete AFTER DELETE ON articles BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'library.revision';
      END;
      CREATE TRIGGER revision_on_update AFTER UPDATE OF title, language, published, body ON articles BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'library.revision';
      END;
    `,
  },
  {
    version: 4,
    name: 'search: the word index fills from the catch-up queue too, off the import path',
    sql: `
      -- FTS5 costs about 1 ms per article, most of an import's write time. New passages now wait in
      -- search_pending for both indexes; the import worker drains the queue after its report, and
      -- a query drains a little first. Invariant: a queued passage is in neither index.
      DROP TRIGGER passages_ai;
      DROP TRIGGER passages_ad;
      DROP TRIGGER passages_au;
      DROP TRIGGER search_pending_au;
      DROP TRIGGER search_pairs_ad;

      -- Queued passages were in the word index already: take them out, to keep the invariant.
      INSERT INTO passages_fts (passages_fts, rowid, text)
        SELECT 'delete', p.id, p.text FROM search_pending q JOIN passages p ON p.id = q.passage_id;

      CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text)
          SELECT 'delete', old.id, old.text
          WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE passage_id = old.id);
        DELETE FROM search_pairs WHERE rowid = old.id;
        DELETE FROM search_pending WHERE passage_id = old.id;
      END;
      CREATE TRIGGER passages_au AFTER UPDATE OF text ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text)
          SELECT 'delete', old.id, old.text
          WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE passage_id = old.id);
        DELETE FROM search_pairs WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_pending (passage_id) VALUES (new.id);
      END;
    `,
  },
  {
    version: 5,
    name: 'annotations: codebooks, codes, coded passages and article versions',
    sql: `
      -- The current version of an article lives in its row; superseded ones in article_versions.
      -- source_path: the absolute path a file was imported from, so a re-import finds its article.
      ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE articles ADD COLUMN version_origin TEXT NOT NULL DEFAULT 'import';
      -- When the current version was made; NULL means at imported_at.
      ALTER TABLE articles ADD COLUMN version_at TEXT;
      ALTER TABLE articles ADD COLUMN source_path TEXT;
      CREATE INDEX articles_by_source_path ON articles (source_path) WHERE source_path IS NOT NULL;
      CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;

      CREATE TABLE article_versions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        title TEXT NOT NULL,
        -- [{index, paragraph, start, end}] of that version's passages (text is in body)
        passages_json TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('import', 're-import', 'edit')),
        imported_at TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        PRIMARY KEY (article_id, version)
      ) STRICT;

      CREATE TABLE codebooks (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        built_in INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE codes (
        id TEXT PRIMARY KEY,
        codebook_id TEXT NOT NULL REFERENCES codebooks (id),
        parent_id TEXT REFERENCES codes (id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL,
        shortcut TEXT,
        retired INTEGER NOT NULL DEFAULT 0,
        -- Set when merged: the code its passages moved to (it is retired too).
        merged_into TEXT REFERENCES codes (id),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX codes_by_codebook ON codes (codebook_id, position);

      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        article_version INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        color TEXT,
        coder TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'orphan')),
        confidence REAL NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotations_by_article ON annotations (article_id, start);
      CREATE INDEX annotations_by_coder ON annotations (coder);

      -- Codes of a passage, in the order the coder gave them. A merge moves these rows; retiring a
      -- code leaves them, so no passage is lost.
      CREATE TABLE annotation_codes (
        annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        code_id TEXT NOT NULL REFERENCES codes (id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (annotation_id, code_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX annotation_codes_by_code ON annotation_codes (code_id);
    `,
  },
];
