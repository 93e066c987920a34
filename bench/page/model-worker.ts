/// <reference lib="webworker" />
/**
 * Our engine in a dedicated worker, as the app runs it, with the bench's settings read from the worker's
 * name: a fixed thread count (the app picks one from the cores), the one model to load, and for decode
 * timing no end-of-sequence token.
 */
import { cacheStorageStore } from '../../src/core/runtime/cache-storage-store.ts';
import { generate, type ModelRole } from '../../src/core/runtime/engine.ts';
import { fetchSource } from '../../src/core/runtime/fetch-source.ts';
import { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import { MODELS, modelCacheName, modelFolder } from '../../src/core/runtime/registry.ts';
import type { ModelReply, ModelRequest } from './model-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Settings passed as the worker's name (JSON), so they are there before the first message. */
export interface ModelWorkerSettings {
  threads: number;
  ignoreEos: boolean;
  model: ModelRole;
}

function settings(): ModelWorkerSettings {
  // onnxruntime starts its thread workers from this same script, named "em-pthread": not JSON, no settings.
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(self.name);
  } catch {
    parsed = {};
  }
  const get = (key: string): unknown =>
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, key) : undefined;
  const threads = get('threads');
  return {
    threads: typeof threads === 'number' && threads >= 1 ? Math.floor(threads) : 1,
    ignoreEos: get('ignoreEos') === true,
    model: get('model') === 'embedder' ? 'embedder' : 'languageModel',
  };
}

const { threads, ignoreEos, model } = settings();
const appBase = new URL('/', self.location.origin).href;
const languageModel = ignoreEos
  ? { ...MODELS.languageModel, graph: { ...MODELS.languageModel.graph, eosTokenIds: [] } }
  : MODELS.languageModel;
const manifestOf = (id: string) => (id === MODELS.embedder.id ? MODELS.embedder : languageModel);

const engine = new InProcessEngine({
  languageModel,
  embedder: MODELS.embedder,
  source: (id) => fetchSource(new URL(modelFolder(id), appBase).href),
  store: (id) => cacheStorageStore(modelCacheName(manifestOf(id)), new URL(modelFolder(id), appBase).href),
  // WebAssembly only: whether this machine has a real WebGPU adapter is checked by the page.
  environment: async () => ({ webgpu: 'none', crossOriginIsolated: true, hardwareConcurrency: threads }),
});

async function answer(request: ModelRequest): Promise<{ result: unknown; transfer: Transferable[] }> {
  switch (request.type) {
    case 'load':
      return { result: await engine.load({ backend: 'wasm', models: [model] }), transfer: [] };
    case 'generate':
      return {
        result: await generate(
          engine,
          { prompt: request.prompt },
          { maxNewTokens: request.maxNewTokens, temperature: 0 },
        ),
        transfer: [],
      };
    case 'embed': {
      const vectors = await engine.embed(request.texts);
      return { result: vectors, transfer: vectors.map((v) => v.buffer) };
    }
    case 'reset':
      await engine.resetConversation();
      return { result: null, transfer: [] };
  }
}

const REQUESTS: ReadonlySet<unknown> = new Set(['load', 'generate', 'embed', 'reset']);

/** Requests from the page; onnxruntime's own thread messages reach this listener too and are not ours. */
function isModelRequest(value: unknown): value is ModelRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'number' &&
    REQUESTS.has(Reflect.get(value, 'type'))
  );
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isModelRequest(request)) return;
  answer(request).then(
    ({ result, transfer }) => self.postMessage({ id: request.id, result } satisfies ModelReply, transfer),
    (error: unknown) =>
      self.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ModelReply),
  );
});
