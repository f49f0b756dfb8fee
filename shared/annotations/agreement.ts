/**
 * Agreement between coders: percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha
 * (nominal, any number of coders, missing values allowed), and all three per code over passages.
 *
 * Formulas (nominal data):
 * - Cohen's kappa (Cohen 1960): κ = (p_o − p_e) / (1 − p_e), with p_o the share of units both
 *   coders labelled the same and p_e = Σ_c p_A(c)·p_B(c) from each coder's own label shares.
 * - Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *   α = 1 − D_o / D_e computed from the coincidence matrix of pairable values (units with at least
 *   two values; each unit's m_u values contribute their m_u(m_u − 1) ordered pairs weighted by
 *   1 / (m_u − 1)): α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 * Both are undefined (null here) when the expected disagreement is zero: every value the same.
 */

/** A coder's label per unit, or null where the coder did not code that unit. */
export type ReliabilityData = readonly (readonly (string | null)[])[];

/**
 * Cohen's kappa of two coders' labels for the same units (index i in both is unit i). Null when
 * there are no units or no variation at all (p_e = 1). Throws a RangeError when lengths differ.
 */
export function cohensKappa(a: readonly string[], b: readonly string[]): number | null {
  if (a.length !== b.length) {
    throw new RangeError(`both coders must label the same units (${a.length} vs ${b.length})`);
  }
  const n = a.length;
  if (n === 0) return null;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i += 1) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) same += 1;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  const po = same / n;
  let pe = 0;
  for (const [label, ca] of countA) pe += (ca / n) * ((countB.get(label) ?? 0) / n);
  if (1 - pe < 1e-12) return null;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data. `data[coder][unit]` is the coder's value or null when
 * missing; rows may be of different lengths (missing at the end). Units with fewer than two values
 * are not pairable and are ignored. Null when fewer than two pairable values exist or all values
 * are the same.
 */
export function krippendorffAlpha(data: ReliabilityData): number | null {
  const totals = new Map<string, number>();
  let n = 0;
  let observedDisagreement = 0;
  for (const { counts, m } of pairableUnits(data)) {
    let sumSquares = 0;
    for (const [value, c] of counts) {
      sumSquares += c * c;
      totals.set(value, (totals.get(value) ?? 0) + c);
    }
    n += m;
    // Σ_{c≠k} o_ck for this unit: its disagreeing ordered pairs, weighted 1 / (m − 1).
    observedDisagreement += (m * m - sumSquares) / (m - 1);
  }
  if (n < 2) return null;
  let sumTotalsSquared = 0;
  for (const t of totals.values()) sumTotalsSquared += t * t;
  const expectedPairs = n * n - sumTotalsSquared;
  if (expectedPairs <= 0) return null;
  return 1 - ((n - 1) * observedDisagreement) / expectedPairs;
}

/**
 * Each unit with at least two values: how often each value was given (`counts`) and by how many
 * coders (`m`). The counts map is reused between units: read it before taking the next.
 */
function* pairableUnits(
  data: ReliabilityData,
): Generator<{ counts: ReadonlyMap<string, number>; m: number }> {
  const units = Math.max(0, ...data.map((row) => row.length));
  const counts = new Map<string, number>();
  for (let u = 0; u < units; u += 1) {
    counts.clear();
    let m = 0;
    for (const row of data) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m += 1;
    }
    if (m >= 2) yield { counts, m };
  }
}

/**
 * Share of agreeing pairs: over every unit with at least two values, the ordered pairs of coders
 * who gave the same value, divided by all such pairs (for two coders: the share of units they
 * labelled alike). Null when no unit has two values.
 */
export function percentAgreement(data: ReliabilityData): number | null {
  let agreeing = 0;
  let pairs = 0;
  for (const { counts, m } of pairableUnits(data)) {
    pairs += m * (m - 1);
    for (const c of counts.values()) agreeing += c * (c - 1);
  }
  return pairs === 0 ? null : agreeing / pairs;
}

/** One unit (a passage) with the codes each coder applied to it. */
export interface CodedUnit {
  id: string;
  /** Codes per coder. A coder absent from the record did not code this unit (missing). */
  codesByCoder: Readonly<Record<string, readonly string[]>>;
}

export interface AgreementInput {
  coders: readonly string[];
  units: readonly CodedUnit[];
  /** The codes to report on, in the order wanted. */
  codes: readonly string[];
}

export interface CodeAgreement {
  code: string;
  /** Units each coder applied the code to, in `coders` order. */
  applied: number[];
  /** Cohen's kappa over units both coded; null with more than two coders or when undefined. */
  kappa: number | null;
  /** Krippendorff's alpha (nominal, applied vs not); null when undefined. */
  alpha: number | null;
  /** Share of agreeing coder pairs on applied vs not; null when no unit was coded by two coders. */
  percentAgreement: number | null;
}

export interface AgreementReport {
  coders: string[];
  unitCount: number;
  perCode: CodeAgreement[];
  /** Alpha over every (unit, code) pair as one binary decision; null when undefined. */
  overallAlpha: number | null;
  /** Ids of units where at least two coders who coded it applied different codes (of `codes`). */
  disagreements: string[];
}

/**
 * Agreement per code: each (unit, code) is a binary decision per coder (applied or not), or
 * missing when the coder did not code the unit. Kappa only for exactly two coders.
 */
export function agreementByCode(input: AgreementInput): AgreementReport {
  const { coders, units, codes } = input;
  const wanted = new Set(codes);
  const sets = units.map((unit) =>
    coders.map((coder) => {
      const applied = unit.codesByCoder[coder];
      return applied === undefined ? null : new Set(applied.filter((c) => wanted.has(c)));
    }),
  );
  const overall: (string | null)[][] = coders.map(() => []);
  const perCode = codes.map((code): CodeAgreement => {
    const data = coders.map((_, ci) =>
      sets.map((byCoder) => {
        const set = byCoder[ci];
        if (set === null || set === undefined) return null;
        return set.has(code) ? '1' : '0';
      }),
    );
    data.forEach((row, ci) => overall[ci]?.push(...row));
    let kappa: number | null = null;
    if (coders.length === 2) {
      const a: string[] = [];
      const b: string[] = [];
      const [rowA = [], rowB = []] = data;
      rowA.forEach((x, u) => {
        const y = rowB[u];
        if (x !== null && y !== null && y !== undefined) {
          a.push(x);
          b.push(y);
        }
      });
      kappa = cohensKappa(a, b);
    }
    return {
      code,
      applied: data.map((row) => row.filter((v) => v === '1').length),
      kappa,
      alpha: krippendorffAlpha(data),
      percentAgreement: percentAgreement(data),
    };
  });
  const disagreements: string[] = [];
  units.forEach((unit, u) => {
    const present = (sets[u] ?? []).filter((s): s is Set<string> => s !== null);
    if (present.length < 2) return;
    const key = (s: Set<string>) => [...s].sort().join('\u0000');
    const first = key(present[0] as Set<string>);
    if (present.some((s) => key(s) !== first)) disagreements.push(unit.id);
  });
  return {
    coders: [...coders],
    unitCount: units.length,
    perCode,
    overallAlpha: codes.length === 0 ? null : krippendorffAlpha(overall),
    disagreements,
  };
}
