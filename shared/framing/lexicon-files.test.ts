import { describe, expect, it } from 'vitest';
import { lexiconFileSchema, LEXICON_KINDS } from './lexicon-schema.ts';
import { defaultLexicons, mergeLexiconFiles } from './lexicons.ts';
import { parsePattern } from './matcher.ts';

const { files } = defaultLexicons();

describe('shipped lexicon files', () => {
  it('cover every kind in English and Russian', () => {
    for (const language of ['en', 'ru']) {
      const kinds = files.filter((f) => f.language === language).map((f) => f.kind);
      expect(kinds.sort()).toEqual([...LEXICON_KINDS].sort());
    }
  });

  it.each(files.map((f) => [f.language, f.kind, f] as const))(
    '%s %s has a version, a source, a licence and substantial entries',
    (_language, kind, file) => {
      expect(file.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(file.source.length).toBeGreaterThan(40);
      expect(file.licence).toMatch(/CC0/);
      const shipped = file.language === 'uk' ? 10 : 100;
      const minimum = kind === 'speaker-role' ? 8 : kind === 'contested-term' ? 14 : shipped;
      expect(file.entries.length).toBeGreaterThanOrEqual(minimum);
    },
  );

  it('have only patterns and vetoes that parse into words, wildcards at word ends', () => {
    for (const file of files) {
      for (const entry of file.entries) {
        const patterns = typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
        for (const p of [...patterns, ...(entry.unless ?? [])]) {
          const words = parsePattern(p);
          expect(words.length, `${entry.id}: ${p}`).toBeGreaterThan(0);
          // A wildcard only ends a word: "донбас*с*" would silently never match.
          const inner = words.flat().filter((o) => o.slice(0, -1).includes('*'));
          expect(inner, `${entry.id}: ${p}`).toEqual([]);
        }
      }
    }
  });

  it('name a described side for every contested term', () => {
    for (const file of files.filter((f) => f.kind === 'contested-term')) {
      for (const entry of file.entries) {
        const set = file.sets?.find((s) => s.id === entry.set);
        expect(set?.sides[entry.side ?? ''], `${file.language} ${entry.id}`).toBeDefined();
      }
    }
  });
});

describe('lexicon schema', () => {
  const base = {
    schema: 'parallax.lexicon/1',
    version: '1',
    language: 'en',
    kind: 'hedge',
    source: 's',
    licence: 'CC0-1.0',
  };

  it('refuses duplicate ids', () => {
    const entries = [
      { id: 'a', pattern: 'x', why: 'w' },
      { id: 'a', pattern: 'y', why: 'w' },
    ];
    expect(lexiconFileSchema.safeParse({ ...base, entries }).success).toBe(false);
  });

  it('refuses an entry without an explanation', () => {
    expect(
      lexiconFileSchema.safeParse({ ...base, entries: [{ id: 'a', pattern: 'x' }] }).success,
    ).toBe(false);
  });

  it('enables entries by default', () => {
    const file = lexiconFileSchema.parse({
      ...base,
      entries: [{ id: 'a', pattern: 'x', why: 'w' }],
    });
    expect(file.entries[0]?.enabled).toBe(true);
  });

  it('lets a user file replace a shipped entry by id and add new ones', () => {
    const shipped = lexiconFileSchema.parse({
      ...base,
      entries: [{ id: 'a', pattern: 'x', why: 'w' }],
    });
    const user = lexiconFileSchema.parse({
      ...base,
      version: '2',
      entries: [
        { id: 'a', pattern: 'x', why: 'w', enabled: false },
        { id: 'b', pattern: 'y', why: 'w' },
      ],
    });
    const merged = mergeLexiconFiles(shipped, user);
    expect(merged.entries.map((e) => [e.id, e.enabled])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});
