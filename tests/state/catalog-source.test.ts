import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPrebuiltIndex } from '../../src/state/catalog-source.ts';

const META = {
  format: 'aisle-search-index',
  version: 1,
  catalogHash: 'abc',
  embedder: 'test@1',
  dims: 2,
  count: 3,
  ids: ['a', 'b', 'c'],
  vectorsFile: 'search-vectors.bin',
};

function serve(files: Record<string, string | Uint8Array<ArrayBuffer>>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[url];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the prebuilt index beside the catalog', () => {
  it('is read with its vectors', async () => {
    serve({ '/c/search-index.json': JSON.stringify(META), '/c/search-vectors.bin': new Uint8Array(3 * 6) });
    const index = await fetchPrebuiltIndex('/c/');
    expect(index?.meta.ids).toEqual(['a', 'b', 'c']);
    expect(index?.vectors.byteLength).toBe(18);
  });

  it('is left out when missing, not an index, or its vectors file has the wrong size', async () => {
    serve({});
    expect(await fetchPrebuiltIndex('/c/')).toBeUndefined();
    serve({ '/c/search-index.json': '{"products": []}' });
    expect(await fetchPrebuiltIndex('/c/')).toBeUndefined();
    serve({ '/c/search-index.json': JSON.stringify(META), '/c/search-vectors.bin': new Uint8Array(17) });
    expect(await fetchPrebuiltIndex('/c/')).toBeUndefined();
  });
});
