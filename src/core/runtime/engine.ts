import type { BackendChoice, BackendRequest } from './backend.ts';
import type { EmbedKind } from './embedder.ts';
import type { GenerateOptions, GenerationInput, GenerationResult, TokenChunk } from './language-model.ts';
import type { Progress } from './progress.ts';

export type ModelRole = 'languageModel' | 'embedder';

export interface EngineLoadOptions {
  backend?: BackendRequest;
  /** Which models to load now; both by default. The other loads when first used. */
  models?: ModelRole[];
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export interface EngineInfo extends BackendChoice {
  /** The models loaded so far. */
  models: { role: ModelRole; id: string; name: string; bytes: number }[];
  /** Why a model file could not be kept on the device (storage full), if one could not: it runs this time. */
  storageProblem?: string;
}

/**
 * The assistant's models behind one interface, with two implementations that callers cannot tell apart:
 * in-process (Node, tests, and inside the worker) and worker-backed (the browser UI).
 */
export interface AssistantEngine {
  load(options?: EngineLoadOptions): Promise<EngineInfo>;
  /** Streams the answer; the generator's return value is the whole result. Abort with options.signal. */
  stream(input: GenerationInput, options?: GenerateOptions): AsyncGenerator<TokenChunk, GenerationResult>;
  /** Unit-length sentence vectors, one per text, read as queries unless `kind` says passages. */
  embed(
    texts: readonly string[],
    options?: { signal?: AbortSignal; kind?: EmbedKind },
  ): Promise<Float32Array[]>;
  /** Forgets the conversation's attention cache (a new shopper). */
  resetConversation(): Promise<void>;
  dispose(): Promise<void>;
}

/** The callback form of `stream`, for callers that want one. */
export async function generate(
  engine: AssistantEngine,
  input: GenerationInput,
  options: GenerateOptions & { onToken?: (chunk: TokenChunk) => void } = {},
): Promise<GenerationResult> {
  const { onToken, ...streamOptions } = options;
  const iterator = engine.stream(input, streamOptions);
  for (;;) {
    const step = await iterator.next();
    if (step.done) return step.value;
    onToken?.(step.value);
  }
}
