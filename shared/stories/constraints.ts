/**
 * Union–find with the user's decisions as constraints: articles the user put together stay
 * together, articles the user put apart (a split, a move, two different pinned stories) are never
 * joined by the automatic grouping, however similar they look.
 */

/** Disjoint sets over article indices, with cannot-link constraints between sets. */
export class ConstrainedSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** Root → article indices its set must never join. */
  private readonly forbidden = new Map<number, Set<number>>();
  /** Root → the pinned story id of its set, if any. */
  private readonly pin = new Map<number, string>();
  /** Root → members of its set, in the order they joined. */
  private readonly memberLists = new Map<number, number[]>();

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** The members of `i`'s set, in the order they joined (read-only view). */
  members(i: number): readonly number[] {
    const root = this.find(i);
    return this.memberLists.get(root) ?? [root];
  }

  /** Pins `i`'s set to a story id; sets pinned to different ids cannot join. */
  setPin(i: number, storyId: string): void {
    this.pin.set(this.find(i), storyId);
  }

  /** The pinned story id of `i`'s set, if any. */
  pinOf(i: number): string | undefined {
    return this.pin.get(this.find(i));
  }

  /** Records that `a` and `b` must never be in one set. */
  forbid(a: number, b: number): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const root = this.find(x);
      const set = this.forbidden.get(root) ?? new Set<number>();
      set.add(y);
      this.forbidden.set(root, set);
    }
  }

  /** Whether joining the sets of `a` and `b` would break a constraint. */
  conflicts(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const pa = this.pin.get(ra);
    const pb = this.pin.get(rb);
    if (pa !== undefined && pb !== undefined && pa !== pb) return true;
    for (const x of this.forbidden.get(ra) ?? []) if (this.find(x) === rb) return true;
    for (const x of this.forbidden.get(rb) ?? []) if (this.find(x) === ra) return true;
    return false;
  }

  /** Joins the sets of `a` and `b` unless that breaks a constraint; returns whether it did. */
  union(a: number, b: number, force = false): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    if (!force && this.conflicts(a, b)) return false;
    if ((this.size[ra] ?? 0) < (this.size[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] ?? 0) + (this.size[rb] ?? 0);
    const fb = this.forbidden.get(rb);
    if (fb !== undefined) {
      const fa = this.forbidden.get(ra) ?? new Set<number>();
      for (const x of fb) fa.add(x);
      this.forbidden.set(ra, fa);
      this.forbidden.delete(rb);
    }
    const pb = this.pin.get(rb);
    if (pb !== undefined && !this.pin.has(ra)) this.pin.set(ra, pb);
    this.pin.delete(rb);
    const list = this.memberLists.get(ra) ?? [ra];
    list.push(...(this.memberLists.get(rb) ?? [rb]));
    this.memberLists.set(ra, list);
    this.memberLists.delete(rb);
    return true;
  }
}
