import { AisleError } from '../errors.ts';
import type { ModelStore } from './model-files.ts';

const isQuotaError = (error: unknown) => error instanceof Error && error.name === 'QuotaExceededError';

/**
 * Verified model files kept in the browser's Cache Storage, one cache per model version. This is the only
 * copy on the kiosk: the service worker serves model URLs from these same caches (src/sw/model-route.ts).
 */
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
      try {
        await cache.put(
          key(path),
          new Response(bytes as Uint8Array<ArrayBuffer>, {
            headers: {
              'content-length': String(bytes.byteLength),
              'content-type': 'application/octet-stream',
            },
          }),
        );
      } catch (error) {
        if (isQuotaError(error))
          throw new AisleError('storage-full', "the browser's storage quota is used up");
        throw error;
      }
    },
    async remove(path) {
      const cache = await caches.open(cacheName);
      await cache.delete(key(path));
    },
  };
}
