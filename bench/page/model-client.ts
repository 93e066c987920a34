import type { EngineInfo } from '../../src/core/runtime/engine.ts';
import type { GenerationResult } from '../../src/core/runtime/language-model.ts';
import type { ModelReply, ModelRequest, ModelRequestMap, ModelRequestType } from './model-protocol.ts';
import type { ModelWorkerSettings } from './model-worker.ts';
import ModelWorker from './model-worker.ts?worker';

type Params<T extends ModelRequestType> = ModelRequestMap[T]['params'];

/** The page's side of a model worker: one promise per request. */
export class ModelClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(result: unknown): void; reject(error: Error): void }
  >();

  constructor(settings: ModelWorkerSettings) {
    this.worker = new ModelWorker({ name: JSON.stringify(settings) });
    this.worker.addEventListener('message', (event: MessageEvent<ModelReply>) => {
      const reply = event.data;
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    this.worker.addEventListener('error', (event) => {
      for (const pending of this.pending.values())
        pending.reject(new Error(`model worker: ${event.message}`));
      this.pending.clear();
    });
  }

  load(): Promise<EngineInfo> {
    return this.request('load', {}) as Promise<EngineInfo>;
  }

  generate(prompt: string, maxNewTokens: number): Promise<GenerationResult> {
    return this.request('generate', { prompt, maxNewTokens }) as Promise<GenerationResult>;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    return this.request('embed', { texts: [...texts] }) as Promise<Float32Array[]>;
  }

  async reset(): Promise<void> {
    await this.request('reset', {});
  }

  dispose(): void {
    this.worker.terminate();
  }

  private request<T extends ModelRequestType>(type: T, params: Params<T>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // `type` and `params` belong together by this method's signature.
      this.worker.postMessage({ id, type, ...params } as ModelRequest);
    });
  }
}
