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
    const { data, dims, count } = this;
    const q = query.length >= dims ? query : Float32Array.from({ length: dims }, (_, i) => query[i] ?? 0);
    // The best `limit` so far, kept sorted best first: one pass, no array of every row to sort.
    const top: ScoredPosition[] = [];
    for (let row = 0; row < count; row++) {
      if (allowed && !allowed(row)) continue;
      let dot = 0;
      for (let i = 0, offset = row * dims; i < dims; i++, offset++)
        dot += (data[offset] as number) * (q[i] as number);
      if (top.length === limit && dot <= (top[limit - 1]?.score ?? -Infinity)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < dot) at--;
      top.splice(at, 0, { position: row, score: dot });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
