import type { ModelStore } from './model-files.ts';

/**
 * Verified model files kept in the browser's Cache Storage, one cache per model version. Where the
 * browser refuses the storage (the web shop widget framed by another site, with third-party storage
 * blocked, or a private window), nothing is kept: the files load from the app's own host each time.
 */
export function cacheStorageStore(cacheName: string, baseUrl: string): ModelStore | undefined {
  if (typeof caches === 'undefined') return undefined;
  const key = (path: string) => new URL(path, baseUrl).href;
  return {
    async read(path) {
      let response: Response | undefined;
      try {
        response = await (await caches.open(cacheName)).match(key(path));
      } catch {
        return undefined;
      }
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
      try {
        await (await caches.open(cacheName)).delete(key(path));
      } catch {
        // Nothing was kept where the storage is refused.
      }
    },
  };
}
