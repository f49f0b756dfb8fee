/**
 * Cosine of two sparse feature vectors, the inner loop of passage alignment and story grouping:
 * a merge of two ascending id arrays. Across languages only the cross-lingual features count, in
 * the dot product and in the norms (content words of two languages cannot match, so they would
 * only dilute the score).
 */

/** A sparse vector: ascending interned ids, their weights, cross-lingual flags and both norms. */
export interface SparseVector {
  language: string;
  ids: Int32Array;
  weights: Float64Array;
  /** 1 when `ids[i]` is a cross-lingual feature. */
  cross: Uint8Array;
  /** Norm over all features. */
  norm: number;
  /** Norm over cross-lingual features only. */
  crossNorm: number;
}

/** Cosine in [0, 1] and how many features counted in it. */
export function sparseCosine(a: SparseVector, b: SparseVector): { score: number; shared: number } {
  const cross = a.language !== b.language;
  let i = 0;
  let j = 0;
  let dot = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      if (!cross || a.cross[i] === 1) {
        dot += (a.weights[i] as number) * (b.weights[j] as number);
        shared++;
      }
      i++;
      j++;
    }
  }
  const norm = cross ? a.crossNorm * b.crossNorm : a.norm * b.norm;
  return { score: norm === 0 ? 0 : Math.min(1, dot / norm), shared };
}
