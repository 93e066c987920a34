import type { ScoredPosition } from './lexical-index.ts';

/** Unit-length vectors, one per product, in one flat array; searched exhaustively by dot product. */
export class VectorIndex {
  readonly count: number;

  constructor(
    /** Row-major, `count * dims` values. */
    readonly data: Float32Array,
    readonly dims: number,
  ) {
    if (dims <= 0 || data.length % dims !== 0)
      throw new RangeError(`vector data of length ${data.length} does not hold rows of ${dims}`);
    this.count = data.length / dims;
  }

  static fromRows(rows: readonly Float32Array[], dims: number): VectorIndex {
    const data = new Float32Array(rows.length * dims);
    rows.forEach((row, index) => data.set(row.subarray(0, dims), index * dims));
    return new VectorIndex(data, dims);
  }

  /** Cosine similarity of every allowed row with the query, best first, at most `limit`. */
  search(query: Float32Array, limit: number, allowed?: (position: number) => boolean): ScoredPosition[] {
    const { data, dims } = this;
    const scored: ScoredPosition[] = [];
    for (let row = 0; row < this.count; row++) {
      if (allowed && !allowed(row)) continue;
      let dot = 0;
      const offset = row * dims;
      for (let i = 0; i < dims; i++) dot += (data[offset + i] ?? 0) * (query[i] ?? 0);
      scored.push({ position: row, score: dot });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
