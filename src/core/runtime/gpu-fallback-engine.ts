import type { EmbedKind } from './embedder.ts';
import type { AssistantEngine, EngineInfo, EngineLoadOptions } from './engine.ts';
import {
  DEFAULT_MAX_NEW_TOKENS,
  type GenerateOptions,
  type GenerationInput,
  type GenerationResult,
  type TokenChunk,
} from './language-model.ts';

export interface GpuFallbackConfig {
  /** Makes an engine: on the backend the browser offers first (`wasmOnly` false), then on WebAssembly only. */
  make: (wasmOnly: boolean) => AssistantEngine;
  /**
   * Resolves when the GPU device the models run on is lost (a driver reset, the GPU removed, the browser
   * reclaiming it). Asked for once, after a model has loaded on WebGPU.
   */
  deviceLost?: () => Promise<unknown>;
}

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');

/** The chat or text to run again after `said` was streamed: the same, with what was said as its start. */
function continuation(input: GenerationInput, said: string): GenerationInput {
  return 'prompt' in input
    ? { prompt: input.prompt + said }
    : { ...input, begun: (input.begun ?? '') + said };
}

/**
 * An engine that outlives its GPU. A run on WebGPU that fails (the device was lost, or the GPU could not
 * run it) is run again on WebAssembly — a streamed answer goes on from the words already shown, so the
 * shopper sees one answer — and everything after stays on WebAssembly. A device lost between runs hands
 * over at once, so the next question does not fail first.
 */
export class GpuFallbackEngine implements AssistantEngine {
  private engine: AssistantEngine;
  private lost = false;
  private watching = false;

  constructor(private readonly config: GpuFallbackConfig) {
    this.engine = config.make(false);
  }

  async load(options: EngineLoadOptions = {}): Promise<EngineInfo> {
    const info = await this.retried((engine) => engine.load(options), options.signal);
    this.watch(info);
    return this.lost ? { ...info, reason: 'gpu-lost' } : info;
  }

  async *stream(
    input: GenerationInput,
    options: GenerateOptions = {},
  ): AsyncGenerator<TokenChunk, GenerationResult> {
    const engine = this.engine;
    const iterator = engine.stream(input, options);
    const said: TokenChunk[] = [];
    for (;;) {
      let step: IteratorResult<TokenChunk, GenerationResult>;
      try {
        step = await iterator.next();
      } catch (error) {
        if (!(await this.handedOver(engine, error, options.signal))) throw error;
        return yield* this.goOn(input, options, said);
      }
      if (step.done) return step.value;
      said.push(step.value);
      yield step.value;
    }
  }

  embed(
    texts: readonly string[],
    options: { signal?: AbortSignal; kind?: EmbedKind } = {},
  ): Promise<Float32Array[]> {
    return this.retried((engine) => engine.embed(texts, options), options.signal);
  }

  resetConversation(): Promise<void> {
    return this.engine.resetConversation();
  }

  dispose(): Promise<void> {
    return this.engine.dispose();
  }

  /** The rest of a streamed answer, on the engine that took over, written after what was already said. */
  private async *goOn(
    input: GenerationInput,
    options: GenerateOptions,
    said: readonly TokenChunk[],
  ): AsyncGenerator<TokenChunk, GenerationResult> {
    const text = said.map((chunk) => chunk.text).join('');
    const maxNewTokens = Math.max(1, (options.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS) - said.length);
    const rest = yield* this.engine.stream(continuation(input, text), { ...options, maxNewTokens });
    return {
      ...rest,
      text: text + rest.text,
      tokenIds: [...said.map((chunk) => chunk.tokenId), ...rest.tokenIds],
    };
  }

  private async retried<T>(run: (engine: AssistantEngine) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const engine = this.engine;
    try {
      return await run(engine);
    } catch (error) {
      if (!(await this.handedOver(engine, error, signal))) throw error;
      return run(this.engine);
    }
  }

  /**
   * Whether a failed run can be run again on WebAssembly: it failed on WebGPU (handing over now), or on an
   * engine already replaced. A stopped run, or one that failed on WebAssembly, cannot.
   */
  private async handedOver(engine: AssistantEngine, error: unknown, signal?: AbortSignal): Promise<boolean> {
    if (isAbort(error, signal)) return false;
    if (engine !== this.engine) return true;
    if (this.lost) return false;
    const info = await engine.load({ models: [] }).catch(() => undefined);
    if (info?.backend !== 'webgpu') return false;
    await this.handOver();
    return true;
  }

  private async handOver(): Promise<void> {
    if (this.lost) return;
    this.lost = true;
    const gone = this.engine;
    this.engine = this.config.make(true);
    // Its GPU is gone: what it held is released as far as it still can be.
    await gone.dispose().catch(() => undefined);
  }

  private watch(info: EngineInfo): void {
    if (this.watching || this.lost || info.backend !== 'webgpu' || !this.config.deviceLost) return;
    this.watching = true;
    void this.config.deviceLost().then(
      () => this.handOver(),
      () => undefined,
    );
  }
}
