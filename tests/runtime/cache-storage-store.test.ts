import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheStorageStore } from '../../src/core/runtime/cache-storage-store.ts';

/** A Cache Storage whose puts fail as a full disk makes them fail, and which keeps what was put before. */
function fullCacheStorage(kept: Map<string, Uint8Array>) {
  const cache = {
    match: async (url: string) => {
      const bytes = kept.get(url);
      return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : undefined;
    },
    put: async () => {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    },
    delete: async () => true,
  };
  return { open: async () => cache };
}

afterEach(() => vi.unstubAllGlobals());

describe('model files kept in Cache Storage when the quota is used up', () => {
  it('says so in words staff can act on, and the version already kept stays readable', async () => {
    const base = 'https://kiosk.example/models/m/';
    const kept = new Map([[`${base}model.onnx`, new Uint8Array([1, 2, 3])]]);
    vi.stubGlobal('caches', fullCacheStorage(kept));
    const store = cacheStorageStore('aisle-models-m@1', base);
    await expect(store?.write('model.onnx.data.0', new Uint8Array(8))).rejects.toMatchObject({
      code: 'storage-full',
      message: "the browser's storage quota is used up",
    });
    expect(await store?.read('model.onnx')).toEqual(new Uint8Array([1, 2, 3]));
  });
});
