import { AisleError } from '../errors.ts';
import type { ModelManifest } from './manifest.ts';
import { ort } from './ort-session.ts';
import type { TextTokenizer } from './tokenizer.ts';

const DEFAULT_BATCH = 16;

/**
 * What a text is to the embedder: a query (a shopper's words, or a short text compared with others of its
 * kind) or a passage (a product's text that queries are matched against). Models trained with prefixes
 * (e5) read them differently; the others ignore the difference.
 */
export type EmbedKind = 'query' | 'passage';

export interface EmbedOptions {
  batchSize?: number;
  signal?: AbortSignal;
  /** 'query' by default: the symmetric use, as e5's authors advise for similarity between short texts. */
  kind?: EmbedKind;
}

/** A sentence-embedding model: mean pooling over tokens, then L2 normalisation, as the model was trained. */
export class Embedder {
  readonly dimensions: number;
  private readonly maxTokens: number;
  private readonly usesTokenTypes: boolean;
  /** The session call in progress, if any; the next waits for it. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: TextTokenizer,
    readonly manifest: ModelManifest,
  ) {
    this.dimensions = manifest.graph.hiddenSize ?? 384;
    this.maxTokens = manifest.graph.maxLength ?? manifest.contextLength;
    this.usesTokenTypes = session.inputNames.includes('token_type_ids');
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const prefix = this.manifest.prefixes?.[options.kind ?? 'query'] ?? '';
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      options.signal?.throwIfAborted();
      const batch = texts.slice(start, start + batchSize).map((text) => prefix + text);
      vectors.push(...(await this.embedBatch(batch)));
    }
    return vectors;
  }

  /**
   * Runs one session call at a time: onnxruntime refuses a second run while one is going ("Session
   * already started"), and search, understanding and evidence all embed, sometimes at once.
   */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.running.then(task, task);
    this.running = result.catch(() => undefined);
    return result;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }

  private tokenize(text: string): number[] {
    const ids = this.tokenizer.encode(text, true);
    if (ids.length <= this.maxTokens) return ids;
    // Keep the opening and closing special tokens ([CLS] ... [SEP], <s> ... </s>): cut the text's end.
    return [...ids.slice(0, this.maxTokens - 1), ids[ids.length - 1] ?? 0];
  }

  private async embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const encoded = texts.map((text) => this.tokenize(text));
    const width = Math.max(1, ...encoded.map((ids) => ids.length));
    const ids = new BigInt64Array(texts.length * width);
    const mask = new BigInt64Array(texts.length * width);
    encoded.forEach((row, r) =>
      row.forEach((id, c) => {
        ids[r * width + c] = BigInt(id);
        mask[r * width + c] = 1n;
      }),
    );
    const dims = [texts.length, width];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
    };
    if (this.usesTokenTypes)
      feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(ids.length), dims);
    const outputs = await this.exclusive(() => this.session.run(feeds));
    const hidden = outputs[this.session.outputNames[0] ?? 'last_hidden_state'];
    if (!hidden) throw new AisleError('internal', 'The embedding model returned no output.');
    const data = hidden.data as Float32Array;
    const size = this.dimensions;
    const vectors = encoded.map((row, r) => {
      const vector = new Float32Array(size);
      for (let t = 0; t < row.length; t++) {
        const offset = (r * width + t) * size;
        for (let d = 0; d < size; d++) vector[d] = (vector[d] ?? 0) + (data[offset + d] ?? 0);
      }
      let norm = 0;
      for (let d = 0; d < size; d++) norm += (vector[d] ?? 0) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < size; d++) vector[d] = (vector[d] ?? 0) / norm;
      return vector;
    });
    hidden.dispose();
    return vectors;
  }
}
