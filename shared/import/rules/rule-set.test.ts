import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.ts';
import {
  compileRule,
  compileRuleSet,
  DEFAULT_RULE_FILES,
  defaultRuleSet,
  mayMatch,
  ruleFileSchema,
} from './rule-set.ts';

const files = DEFAULT_RULE_FILES.map((f) => ruleFileSchema.parse(f));

describe('shipped rule files', () => {
  it('validate against the schema and carry a source and licence', () => {
    for (const file of files) {
      expect(file.source.length).toBeGreaterThan(0);
      expect(file.licence.length).toBeGreaterThan(0);
    }
  });

  it('use unique rule ids within a file', () => {
    for (const file of files) {
      const ids = file.rules.map((r) => r.id);
      expect(new Set(ids).size, file.language).toBe(ids.length);
    }
  });

  for (const file of files) {
    describe(`${file.language}.json`, () => {
      for (const rule of file.rules) {
        const compiled = compileRule(rule);
        it(`${rule.id} matches its examples`, () => {
          for (const example of rule.examples) {
            const norm = normalizeText(example);
            expect(mayMatch(compiled, example, norm) && compiled.regex.test(norm), example).toBe(
              true,
            );
          }
        });
        it(`${rule.id} leaves its counter-examples alone`, () => {
          for (const counter of rule.counterExamples ?? []) {
            const fires =
              compiled.regex.test(normalizeText(counter)) && counter.length <= compiled.maxLength;
            expect(fires, counter).toBe(false);
          }
        });
      }
    });
  }
});

describe('compileRuleSet', () => {
  it('groups rules by kind in file order', () => {
    const set = defaultRuleSet();
    expect(set.line.length).toBeGreaterThan(10);
    expect(set.tail.length).toBeGreaterThan(3);
    expect(set.photoCredit.length).toBeGreaterThan(3);
    expect(set.datelinePrefix.length).toBeGreaterThan(1);
    expect(set.line[0]?.id).toBe(files[0]?.rules.find((r) => r.kind === 'line')?.id);
  });

  it('rejects a rule file without examples', () => {
    const bad = {
      about: '',
      source: 's',
      licence: 'l',
      language: 'xx',
      rules: [{ id: 'a', kind: 'line', pattern: 'x', reason: 'r', examples: [] }],
    };
    expect(() => compileRuleSet([bad])).toThrow();
  });

  it('accepts a user rule file and applies its flags', () => {
    const custom = {
      about: 'user rules',
      source: 'me',
      licence: 'CC0-1.0',
      language: 'de',
      rules: [
        {
          id: 'ad',
          kind: 'line',
          pattern: '^Anzeige$',
          flags: 'u',
          reason: 'advertisement label',
          examples: ['Anzeige'],
        },
      ],
    };
    const set = compileRuleSet([custom]);
    expect(set.line[0]?.regex.test('Anzeige')).toBe(true);
    expect(set.line[0]?.regex.test('anzeige')).toBe(false);
    expect(set.line[0]?.role).toBe('chrome');
  });
});
