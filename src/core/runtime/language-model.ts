import { AisleError } from '../errors.ts';
import type { ChatMessage, ChatTemplate } from './chat-template.ts';
import { commonPrefixLength, disposePast, emptyPast, truncateSequence, type KvCache } from './kv-cache.ts';
import type { ModelManifest } from './manifest.ts';
import { ort } from './ort-session.ts';
import { createSampler, type SamplingOptions } from './sampler.ts';
import { splitAtStop } from './stop-strings.ts';
import type { TextTokenizer } from './tokenizer.ts';
import { yieldToEventLoop } from './yield.ts';

export interface GenerateOptions extends SamplingOptions {
  maxNewTokens?: number;
  /** Generation ends before the first of these strings, which is not part of the answer. */
  stop?: string[];
  signal?: AbortSignal;
}

/**
 * A chat to continue through the model's template (with the reply `begun` so far, if one was cut off), or
 * raw text to continue as it is.
 */
export type GenerationInput = { messages: ChatMessage[]; begun?: string } | { prompt: string };

export interface TokenChunk {
  tokenId: number;
  /** The new text this token completes (may be empty while a multi-byte character is unfinished). */
  text: string;
}

export interface GenerationResult {
  text: string;
  tokenIds: number[];
  finishReason: 'eos' | 'stop' | 'length' | 'aborted';
  promptTokens: number;
  /** Prompt tokens whose attention cache was reused from the previous generation. */
  reusedTokens: number;
  prefillMs: number;
  decodeMs: number;
}

export const DEFAULT_MAX_NEW_TOKENS = 256;

/** A decoder-only language model with a KV cache that persists across calls. Not safe for concurrent calls. */
export class LanguageModel {
  private cache: KvCache | undefined;
  private readonly pastNames: string[];
  private readonly usesPositionIds: boolean;
  private readonly eos: Set<number>;

  constructor(
    private readonly session: ort.InferenceSession,
    readonly tokenizer: TextTokenizer,
    private readonly template: ChatTemplate,
    readonly manifest: ModelManifest,
    /** The working context: at most the model's own, kept smaller to bound memory and prefill time. */
    readonly contextLength = Math.min(manifest.contextLength, 2048),
  ) {
    this.pastNames = session.inputNames.filter((name) => name.startsWith('past_key_values.'));
    this.usesPositionIds = session.inputNames.includes('position_ids');
    this.eos = new Set(manifest.graph.eosTokenIds ?? []);
  }

  /** The prompt's token ids: chats go through the chat template; older turns are dropped to fit the context. */
  promptTokens(input: GenerationInput, maxNewTokens: number): number[] {
    if ('prompt' in input)
      return this.tokenizer.encode(input.prompt).slice(-(this.contextLength - maxNewTokens));
    const messages = [...input.messages];
    for (;;) {
      const ids = this.tokenizer.encode(this.template.render(messages) + (input.begun ?? ''));
      if (ids.length + maxNewTokens <= this.contextLength) return ids;
      const oldest = messages.findIndex((m, i) => m.role !== 'system' && i < messages.length - 1);
      if (oldest === -1) return ids.slice(-(this.contextLength - maxNewTokens));
      messages.splice(oldest, 1);
    }
  }

  async *stream(
    input: GenerationInput,
    options: GenerateOptions = {},
  ): AsyncGenerator<TokenChunk, GenerationResult> {
    const maxNewTokens = Math.max(
      1,
      Math.min(options.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS, this.contextLength - 1),
    );
    const stops = options.stop ?? [];
    const sample = createSampler(options);
    const prompt = this.promptTokens(input, maxNewTokens);

    const reused = Math.min(
      this.cache ? commonPrefixLength(this.cache.tokens, prompt) : 0,
      prompt.length - 1,
    );
    let past = this.reusablePast(reused);
    let covered = prompt.slice(0, reused);
    this.cache = undefined;

    const started = performance.now();
    let prefillMs = 0;
    const generated: number[] = [];
    let emitted = '';
    let finishReason: GenerationResult['finishReason'] = 'length';
    let feed = prompt.slice(reused);

    try {
      while (generated.length < maxNewTokens) {
        if (options.signal) await yieldToEventLoop();
        if (options.signal?.aborted) {
          finishReason = 'aborted';
          break;
        }
        const { logits, present } = await this.forward(feed, past, covered.length);
        if (present !== past) disposePast(past);
        past = present;
        covered = covered.concat(feed);
        if (generated.length === 0) prefillMs = performance.now() - started;

        const next = sample(logits, [...prompt, ...generated]);
        generated.push(next);
        feed = [next];
        if (this.eos.has(next)) {
          finishReason = 'eos';
          break;
        }
        const { emit, stopped } = splitAtStop(this.visibleText(generated), stops);
        if (emit.length > emitted.length) {
          yield { tokenId: next, text: emit.slice(emitted.length) };
          emitted = emit;
        }
        if (stopped) {
          finishReason = 'stop';
          break;
        }
      }
    } finally {
      // Whatever happened, the cache holds exactly the tokens it covers.
      this.cache = { tokens: covered, past };
    }

    const final = splitAtStop(this.tokenizer.decode(generated.filter((id) => !this.eos.has(id))), stops).emit;
    if (final.length > emitted.length && finishReason !== 'aborted')
      yield { tokenId: generated[generated.length - 1] ?? -1, text: final.slice(emitted.length) };
    return {
      text: finishReason === 'aborted' ? emitted : final,
      tokenIds: generated,
      finishReason,
      promptTokens: prompt.length,
      reusedTokens: reused,
      prefillMs,
      decodeMs: performance.now() - started - prefillMs,
    };
  }

  /** Drops the conversation cache (idle reset, or a new shopper). */
  resetCache(): void {
    if (this.cache) disposePast(this.cache.past);
    this.cache = undefined;
  }

  async dispose(): Promise<void> {
    this.resetCache();
    await this.session.release();
  }

  /** Text of the generated tokens, holding back an unfinished multi-byte character. */
  private visibleText(generated: number[]): string {
    const text = this.tokenizer.decode(generated);
    return text.endsWith('\uFFFD') ? text.slice(0, -1) : text;
  }

  private reusablePast(length: number): Map<string, ort.Tensor> {
    const { numKvHeads = 1, headDim = 1 } = this.manifest.graph;
    if (!this.cache || length === 0) {
      if (this.cache) disposePast(this.cache.past);
      return emptyPast(this.pastNames, numKvHeads, headDim);
    }
    return new Map([...this.cache.past].map(([name, tensor]) => [name, truncateSequence(tensor, length)]));
  }

  private async forward(
    ids: number[],
    past: Map<string, ort.Tensor>,
    pastLength: number,
  ): Promise<{ logits: Float32Array; present: Map<string, ort.Tensor> }> {
    const n = ids.length;
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, n]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(pastLength + n).fill(1n), [
        1,
        pastLength + n,
      ]),
    };
    if (this.usesPositionIds)
      feeds.position_ids = new ort.Tensor(
        'int64',
        BigInt64Array.from({ length: n }, (_, i) => BigInt(pastLength + i)),
        [1, n],
      );
    for (const [name, tensor] of past) feeds[name] = tensor;

    const outputs = await this.session.run(feeds);
    const logitsTensor = outputs.logits;
    if (!logitsTensor) throw new AisleError('internal', 'The language model returned no logits.');
    const vocab = logitsTensor.dims[2] ?? 0;
    const all = logitsTensor.data as Float32Array;
    const logits = all.slice((n - 1) * vocab, n * vocab);
    logitsTensor.dispose();
    const present = new Map<string, ort.Tensor>();
    for (const name of this.pastNames) {
      const tensor = outputs[name.replace('past_key_values.', 'present.')];
      if (!tensor) throw new AisleError('internal', `The language model returned no ${name}.`);
      present.set(name, tensor);
    }
    return { logits, present };
  }
}
