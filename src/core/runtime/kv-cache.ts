import { ort } from './ort-session.ts';

/**
 * The attention key/value cache of one conversation, with the tokens it covers, so the next turn prefills
 * only what is new: the system prompt and earlier turns are not run through the model again.
 */
export interface KvCache {
  tokens: number[];
  /** Input name (past_key_values.N.key/value) to tensor of shape [batch, kvHeads, tokens, headDim]. */
  past: Map<string, ort.Tensor>;
}

/** Length of the shared start of two token sequences. */
export function commonPrefixLength(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** The first `length` positions of a [batch, heads, seq, dim] tensor, copied. */
export function truncateSequence(tensor: ort.Tensor, length: number): ort.Tensor {
  const [batch = 1, heads = 1, seq = 0, dim = 1] = tensor.dims;
  if (length >= seq) return tensor;
  const source = tensor.data as Float32Array;
  const target = new Float32Array(batch * heads * length * dim);
  for (let bh = 0; bh < batch * heads; bh++)
    target.set(source.subarray(bh * seq * dim, bh * seq * dim + length * dim), bh * length * dim);
  return new ort.Tensor('float32', target, [batch, heads, length, dim]);
}

export function emptyPast(
  names: readonly string[],
  kvHeads: number,
  headDim: number,
): Map<string, ort.Tensor> {
  return new Map(
    names.map((name) => [name, new ort.Tensor('float32', new Float32Array(0), [1, kvHeads, 0, headDim])]),
  );
}

/** Releases tensors that onnxruntime may hold outside the JS heap (GPU buffers). */
export function disposePast(past: Map<string, ort.Tensor>): void {
  for (const tensor of past.values()) tensor.dispose();
}
