import type { ModelStore } from './model-files.ts';

/** Verified model files kept in the browser's Cache Storage, one cache per model version. */
export function cacheStorageStore(cacheName: string, baseUrl: string): ModelStore | undefined {
  if (typeof caches === 'undefined') return undefined;
  const key = (path: string) => new URL(path, baseUrl).href;
  return {
    async read(path) {
      const cache = await caches.open(cacheName);
      const response = await cache.match(key(path));
      return response ? new Uint8Array(await response.arrayBuffer()) : undefined;
    },
    async write(path, bytes) {
      const cache = await caches.open(cacheName);
      await cache.put(
        key(path),
        new Response(bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'content-length': String(bytes.byteLength) },
        }),
      );
    },
    async remove(path) {
      const cache = await caches.open(cacheName);
      await cache.delete(key(path));
    },
  };
}
