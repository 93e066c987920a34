import type { EmbedKind } from '../core/runtime/embedder.ts';
import type { AssistantEngine, EngineInfo, EngineLoadOptions } from '../core/runtime/engine.ts';
import type {
  GenerateOptions,
  GenerationInput,
  GenerationResult,
  TokenChunk,
} from '../core/runtime/language-model.ts';
import type { WorkerClient } from './client.ts';

/** The engine as the UI sees it: every call crosses to the worker, where an InProcessEngine runs it. */
export class WorkerEngine implements AssistantEngine {
  constructor(private readonly client: WorkerClient) {}

  load(options: EngineLoadOptions = {}): Promise<EngineInfo> {
    return this.client.request('load', { backend: options.backend ?? 'auto' }, options);
  }

  async *stream(
    input: GenerationInput,
    options: GenerateOptions = {},
  ): AsyncGenerator<TokenChunk, GenerationResult> {
    // Only the settings cross to the worker: the signal stays here, and anything else could not be cloned.
    const { signal, maxNewTokens, stop, temperature, topK, topP, repetitionPenalty, seed } = options;
    const settings = { maxNewTokens, stop, temperature, topK, topP, repetitionPenalty, seed };
    const queue: TokenChunk[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    const result = this.client
      .request(
        'generate',
        { input, options: settings },
        { signal, onToken: (chunk) => (queue.push(chunk), wake?.()) },
      )
      .finally(() => {
        finished = true;
        wake?.();
      });
    // Tokens arrive as events; hand them out in order until the terminal event settles `result`.
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (finished) return await result;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  }

  async embed(
    texts: readonly string[],
    options: { signal?: AbortSignal; kind?: EmbedKind } = {},
  ): Promise<Float32Array[]> {
    const params = options.kind ? { texts: [...texts], kind: options.kind } : { texts: [...texts] };
    return (await this.client.request('embed', params, options)).vectors;
  }

  async resetConversation(): Promise<void> {
    await this.client.request('reset', {});
  }

  async dispose(): Promise<void> {
    this.client.terminate();
  }
}
