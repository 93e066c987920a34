/// <reference lib="webworker" />
import { cacheStorageStore } from '../core/runtime/cache-storage-store.ts';
import { fetchSource } from '../core/runtime/fetch-source.ts';
import { GpuFallbackEngine } from '../core/runtime/gpu-fallback-engine.ts';
import { InProcessEngine } from '../core/runtime/in-process-engine.ts';
import { gpuDeviceLost } from '../core/runtime/ort-session.ts';
import { MODELS, modelCacheName, modelFolder, modelKey, SHIPPED_MODELS } from '../core/runtime/registry.ts';
import { LocalShop } from '../core/shop/local-shop.ts';
import { probeEnvironment } from './environment.ts';
import { createHandler } from './handler.ts';
import { indexedDbVectorCache } from './indexeddb-vector-cache.ts';
import { isToWorker } from './protocol.ts';
import { holdWorkerLife } from './worker-life.ts';

declare const self: DedicatedWorkerGlobalScope;

// The built worker sits in assets/, one level below the app; the dev server serves public/ at its root.
const appBase = import.meta.env.DEV
  ? new URL('/', self.location.origin).href
  : new URL(/* @vite-ignore */ '../', import.meta.url).href;
const manifestOf = (id: string) => SHIPPED_MODELS.find((m) => m.id === id) ?? MODELS.languageModel;

const engine = new GpuFallbackEngine({
  make: (wasmOnly) =>
    new InProcessEngine({
      ...MODELS,
      source: (id) => fetchSource(new URL(modelFolder(id), appBase).href),
      store: (id) =>
        cacheStorageStore(modelCacheName(manifestOf(id)), new URL(modelFolder(id), appBase).href),
      // After the GPU is lost, WebAssembly runs the models whatever was asked for.
      environment: () => probeEnvironment(!wasmOnly),
    }),
  deviceLost: gpuDeviceLost,
});
const shop = new LocalShop({
  engine,
  embedderKey: modelKey(MODELS.embedder),
  vectorCache: indexedDbVectorCache,
});
const handle = createHandler((event, transfer) => self.postMessage(event, transfer ?? []), engine, shop);
// Requests wait until the life lock is held, so the page's watch (started after the first reply) can
// never be granted before the worker holds it.
const alive = holdWorkerLife(self.name);
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWorker(event.data)) {
    const request = event.data;
    void alive.then(() => handle(request));
  }
});
