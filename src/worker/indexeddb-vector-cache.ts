import type { VectorCache } from '../core/shop/vector-cache.ts';
import { idbRequest as request, openStore } from '../storage/indexeddb.ts';

const DATABASE = 'aisle-search';
const STORE = 'vectors';
/** Vectors of older catalogs are dropped so the cache holds the catalog in use and the one before. */
const KEEP = 2;

/**
 * Product vectors built on this device, in IndexedDB, keyed by catalog content hash and embedder: a kiosk
 * that restarts with the same catalog searches at once instead of embedding every product again.
 * Storage failures (private mode, quota) only cost a rebuild, so they are swallowed.
 */
export const indexedDbVectorCache: VectorCache = {
  async get(key) {
    try {
      const db = await openStore(DATABASE, STORE);
      const value: unknown = await request(db.transaction(STORE).objectStore(STORE).get(key));
      db.close();
      return value instanceof Uint8Array ? value : undefined;
    } catch {
      return undefined;
    }
  },
  async put(key, bytes) {
    try {
      const db = await openStore(DATABASE, STORE);
      const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
      const keys = (await request(store.getAllKeys())).filter((existing) => existing !== key);
      for (const old of keys.slice(0, Math.max(0, keys.length - (KEEP - 1)))) store.delete(old);
      await request(store.put(bytes, key));
      db.close();
    } catch {
      // a rebuild next time is the only cost
    }
  },
};
