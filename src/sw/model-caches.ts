/// <reference lib="webworker" />
import { createPartialResponse } from 'workbox-range-requests';
import { cacheStorageStore } from '../core/runtime/cache-storage-store.ts';
import { fetchSource } from '../core/runtime/fetch-source.ts';
import { graphFile } from '../core/runtime/manifest.ts';
import { loadModelFiles } from '../core/runtime/model-files.ts';
import {
  MODEL_CACHE_PREFIX,
  MODELS,
  modelCacheName,
  modelFolder,
  SHIPPED_MODELS,
} from '../core/runtime/registry.ts';

/**
 * The service worker's side of the model files. They live in one place only, the runtime's own Cache Storage
 * (one cache per model build, src/core/runtime/cache-storage-store.ts): Workbox's precache leaves them out,
 * this serves them from those caches (byte ranges included), fills them before an update may take over, and
 * drops the caches no shipped model uses any more.
 */
const SHIPPED = SHIPPED_MODELS;
/** The models in use, which an update downloads before it takes over; another embedder loads when chosen. */
const IN_USE = [MODELS.languageModel, MODELS.embedder];

const folderUrl = (scope: string, id: string) => new URL(modelFolder(id), scope).href;

/** The shipped model a URL belongs to, when it is one of theirs. */
function modelOf(url: URL, scope: string) {
  return SHIPPED.find((manifest) => url.href.startsWith(folderUrl(scope, manifest.id)));
}

export function isModelRequest(url: URL, scope: string): boolean {
  return modelOf(url, scope) !== undefined;
}

/** From this build's model cache when the runtime has kept the file, else from the network (not kept here). */
export async function serveModelFile(request: Request, scope: string): Promise<Response> {
  const manifest = modelOf(new URL(request.url), scope);
  const cache = manifest && (await caches.open(modelCacheName(manifest)));
  const cached = await cache?.match(request.url, { ignoreSearch: true });
  if (!cached) return fetch(request);
  return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
}

/**
 * Downloads and verifies every file of this build's models in use that their caches lack, for every backend, so an
 * update never takes over a kiosk whose models it has not got. Throws (failing the install, which leaves the
 * running version in place) when a file cannot be fetched, is damaged, or cannot be kept.
 */
export async function fillModelCaches(scope: string): Promise<void> {
  for (const manifest of IN_USE) {
    const folder = folderUrl(scope, manifest.id);
    const store = cacheStorageStore(modelCacheName(manifest), folder);
    let problem: string | undefined;
    // Backends that share a graph share every file: one pass each for the distinct graphs.
    const backends = manifest.backends.filter(
      (backend, i) =>
        manifest.backends.findIndex((b) => graphFile(manifest, b) === graphFile(manifest, backend)) === i,
    );
    for (const backend of backends)
      await loadModelFiles(manifest, {
        backend,
        source: fetchSource(folder),
        store,
        onStorageProblem: (message) => (problem = message),
      });
    if (problem) throw new Error(problem);
  }
}

/** Deletes the model caches of builds this one does not ship (a selectable embedder's cache is kept). */
export async function dropStaleModelCaches(): Promise<void> {
  const current = new Set(SHIPPED.map(modelCacheName));
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(MODEL_CACHE_PREFIX) && !current.has(name))
      .map((name) => caches.delete(name)),
  );
}
