/**
 * Boilerplate rules: data files (one per language plus a common one) describing kinds of page chrome
 * that recur across news sites, validated with a schema and compiled once.
 */
import { z } from 'zod';
import { lineRole } from '../../api/schemas.ts';
import type { LineRole } from '../../api/schemas.ts';
import commonRules from './common.json' with { type: 'json' };
import enRules from './en.json' with { type: 'json' };
import ruRules from './ru.json' with { type: 'json' };
import ukRules from './uk.json' with { type: 'json' };

/**
 * What a rule does when its pattern matches a line (patterns run on the trimmed line after
 * {@link normalizeText}: plain spaces, straight quotes, '-' for every dash):
 * - `line`: the whole line gets `role` (default `chrome`) and `reason`;
 * - `tail`: a heading after which everything is unrelated (`tailReason`), once the body has begun;
 * - `photoCredit`: the pattern finds a photo credit at the end of a line; a line that is only the
 *   credit is a `credit`, a longer one is a `caption`;
 * - `datelinePrefix`: a wire-style prefix at the start of the first body line, kept out of the body;
 * - `keywordsPrefix`: a label before a list of tags ("Tags: ...").
 */
export const ruleKind = z.enum(['line', 'tail', 'photoCredit', 'datelinePrefix', 'keywordsPrefix']);
/** One of the rule kinds above. */
export type RuleKind = z.infer<typeof ruleKind>;

/** One boilerplate rule as written in a rule file. */
export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: ruleKind,
  /** JavaScript regular expression source. */
  pattern: z.string().min(1),
  /** Regular expression flags; default `iu`. */
  flags: z
    .string()
    .regex(/^[imsu]*$/)
    .optional(),
  role: lineRole.optional(),
  reason: z.string().min(1),
  tailReason: z.string().optional(),
  /** Longest trimmed line (characters) the rule applies to; guards prose from short patterns. */
  maxLength: z.number().int().positive().optional(),
  /**
   * A literal every match contains (case-sensitive, in the normalised line). Lines without it skip
   * the pattern: a cheap guard for patterns that would otherwise retry at every position.
   */
  requires: z.string().min(1).optional(),
  /** Lines the rule must match; checked by the tests. */
  examples: z.array(z.string()).min(1),
  /** Lines the rule must not match; checked by the tests. */
  counterExamples: z.array(z.string()).optional(),
});
/** A rule as written in a rule file. */
export type Rule = z.infer<typeof ruleSchema>;

/** A rule file: rules for one language (or `common`) with their provenance. */
export const ruleFileSchema = z.object({
  about: z.string(),
  source: z.string(),
  licence: z.string(),
  /** ISO 639-1 code, or `common` for rules that hold in any language. */
  language: z.string(),
  rules: z.array(ruleSchema),
});
/** A validated rule file. */
export type RuleFile = z.infer<typeof ruleFileSchema>;

/** A rule with its regular expression compiled. */
export interface CompiledRule {
  id: string;
  kind: RuleKind;
  regex: RegExp;
  role: LineRole;
  reason: string;
  tailReason: string;
  maxLength: number;
  requires: string | null;
}

/** Compiled rules grouped by kind, in file order. */
export interface RuleSet {
  line: CompiledRule[];
  tail: CompiledRule[];
  photoCredit: CompiledRule[];
  datelinePrefix: CompiledRule[];
  keywordsPrefix: CompiledRule[];
}

const DEFAULT_MAX_LENGTH: Record<RuleKind, number> = {
  line: 120,
  tail: 60,
  photoCredit: 500,
  datelinePrefix: 100_000,
  keywordsPrefix: 1000,
};

/** Whether a rule may match the normalised line at all (length and required literal). */
export function mayMatch(rule: CompiledRule, text: string, norm: string): boolean {
  return text.length <= rule.maxLength && (rule.requires === null || norm.includes(rule.requires));
}

/** Compiles one rule; throws on an invalid pattern (rule files are checked by the tests). */
export function compileRule(rule: Rule): CompiledRule {
  return {
    id: rule.id,
    kind: rule.kind,
    regex: new RegExp(rule.pattern, rule.flags ?? 'iu'),
    role: rule.role ?? 'chrome',
    reason: rule.reason,
    tailReason: rule.tailReason ?? rule.reason,
    maxLength: rule.maxLength ?? DEFAULT_MAX_LENGTH[rule.kind],
    requires: rule.requires ?? null,
  };
}

/** Validates and compiles rule files into one set; later files come after earlier ones. */
export function compileRuleSet(files: readonly unknown[]): RuleSet {
  const set: RuleSet = {
    line: [],
    tail: [],
    photoCredit: [],
    datelinePrefix: [],
    keywordsPrefix: [],
  };
  for (const file of files) {
    for (const rule of ruleFileSchema.parse(file).rules) set[rule.kind].push(compileRule(rule));
  }
  return set;
}

/** The rule files shipped with the app, common first. */
export const DEFAULT_RULE_FILES: readonly unknown[] = [commonRules, enRules, ruRules, ukRules];

let defaultSet: RuleSet | null = null;

/**
 * The shipped rules, compiled on first use. All languages apply to every article: a pattern in
 * Cyrillic cannot fire on English text, and pages often mix languages (an English article on a
 * Russian site), so picking rules by detected language would only lose matches.
 */
export function defaultRuleSet(): RuleSet {
  defaultSet ??= compileRuleSet(DEFAULT_RULE_FILES);
  return defaultSet;
}
