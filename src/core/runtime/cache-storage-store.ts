import { AisleError } from '../errors.ts';
import type { ModelStore } from './model-files.ts';

const isQuotaError = (error: unknown) => error instanceof Error && error.name === 'QuotaExceededError';

/**
 * Verified model files kept in the browser's Cache Storage, one cache per model version. This is the only
 * copy on the kiosk: the service worker serves model URLs from these same caches (src/sw/model-route.ts).
 * Where the browser refuses the storage (the web shop widget framed by another site, with third-party
 * storage blocked, or a private window), nothing is kept: the files load from the app's own host each time.
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
      try {
        await (await caches.open(cacheName)).delete(key(path));
      } catch {
        // Nothing was kept where the storage is refused.
      }
    },
  };
}
