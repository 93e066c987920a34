import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { nativeCatalogJson } from '../../src/core/catalog/index.ts';
import { createCatalogSlice, type CatalogSlice } from '../../src/state/catalog-slice.ts';
import { catalogOf, product } from '../search/products.ts';
import { bytesOf, FailingIndexShop, GatedShop, SHOPIFY_CSV, WordsOnlyShop } from './shops.ts';

const newStore = () => create<CatalogSlice>()(createCatalogSlice);

/** A tiny static server for fetch: path to body, anything else 404. */
function serve(files: Record<string, string>) {
  vi.stubGlobal('fetch', async (url: string) =>
    url in files ? new Response(files[url]) : new Response('not found', { status: 404 }),
  );
}

const DEMO = nativeCatalogJson(catalogOf([product('k1', 'Steel Kettle'), product('k2', 'Glass Kettle')]));

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('start-up', () => {
  it('shows the catalog as soon as it is imported, and search once its index is built', async () => {
    serve({ '/catalog/catalog.json': DEMO });
    const store = newStore();
    const shop = new GatedShop();
    const loading = store
      .getState()
      .loadCatalog(shop, { url: '/catalog/catalog.json', indexFolder: '/catalog/' });

    await vi.waitFor(() => expect(store.getState().catalog?.products).toHaveLength(2));
    expect(store.getState().catalogSource).toBe('catalog.json');
    expect(store.getState().searchReadiness).toBe('indexing');
    expect(store.getState().indexProgress).toEqual({ phase: 'index', loaded: 0, total: 2 });

    shop.finish();
    await loading;
    expect(store.getState().searchReadiness).toBe('ready');
    expect(store.getState().indexProgress).toBeNull();
    // Without the prebuilt index files the shop still searches.
    expect((await shop.search('glass')).ids).toEqual(['k2']);
  });

  it('names the file when it cannot be fetched, and keeps the catalog loaded before', async () => {
    serve({ '/a/catalog.json': DEMO });
    const store = newStore();
    const shop = new WordsOnlyShop();
    await store.getState().loadCatalog(shop, { url: '/a/catalog.json' });
    await store.getState().loadCatalog(shop, { url: '/b/catalog.json' });
    const state = store.getState();
    expect(state.catalogError).toEqual({ stage: 'load', message: 'catalog.json: the server answered 404' });
    expect(state.catalogStatus).toBe('ready');
    expect(state.catalog?.products.map((p) => p.title)).toEqual(['Steel Kettle', 'Glass Kettle']);
    expect(state.searchReadiness).toBe('ready');
  });

  it('reports a broken catalog file with its place, and shows nothing rather than half a catalog', async () => {
    serve({ '/catalog.json': '{"format": "aisle-catalog", "products": [' });
    const store = newStore();
    await store.getState().loadCatalog(new WordsOnlyShop(), { url: '/catalog.json' });
    expect(store.getState().catalogStatus).toBe('error');
    expect(store.getState().catalogError).toEqual({
      stage: 'load',
      message: expect.stringMatching(/^catalog\.json:1:\d+: /),
    });
    expect(store.getState().catalog).toBeNull();
  });

  it('stays quiet when cancelled (the app left or the worker went away)', async () => {
    serve({ '/catalog.json': DEMO });
    const store = newStore();
    const controller = new AbortController();
    const shop = new GatedShop();
    const loading = store.getState().loadCatalog(shop, { url: '/catalog.json' }, controller.signal);
    await vi.waitFor(() => expect(store.getState().searchReadiness).toBe('indexing'));
    controller.abort();
    shop.finish();
    await loading;
    expect(store.getState().catalogError).toBeNull();
    expect(store.getState().searchReadiness).toBe('idle');
  });
});

describe('switching to an imported catalog', () => {
  it('switches only when the new catalog is searchable, so browsing and search agree', async () => {
    serve({ '/catalog.json': DEMO });
    const store = newStore();
    await store.getState().loadCatalog(new WordsOnlyShop(), { url: '/catalog.json' });

    const shop = new GatedShop();
    const imported = await shop.importCatalog(bytesOf(SHOPIFY_CSV), 'tea.csv');
    const switching = store
      .getState()
      .activateCatalog(shop, { catalog: imported.catalog, source: 'tea.csv', issues: imported.issues });
    await vi.waitFor(() => expect(store.getState().searchReadiness).toBe('indexing'));
    expect(store.getState().catalogSource).toBe('catalog.json');

    shop.finish();
    expect(await switching).toBe(true);
    expect(store.getState().catalogSource).toBe('tea.csv');
    expect(store.getState().catalog?.products).toHaveLength(4);
    expect((await shop.search('teapot')).ids).toEqual(['teapot']);
  });

  it('lets a newer switch cancel an older one still indexing', async () => {
    const store = newStore();
    const shop = new GatedShop();
    const older = store
      .getState()
      .activateCatalog(shop, { catalog: catalogOf([product('a', 'Older')]), source: 'old.csv', issues: [] });
    const newer = store
      .getState()
      .activateCatalog(shop, { catalog: catalogOf([product('b', 'Newer')]), source: 'new.csv', issues: [] });
    shop.finish();
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
    expect(store.getState().catalogSource).toBe('new.csv');
    expect((await shop.search('newer')).ids).toEqual(['b']);
    expect((await shop.search('older')).ids).toEqual([]);
  });

  it('keeps the catalog in use when the switch fails, and says why', async () => {
    serve({ '/catalog.json': DEMO });
    const store = newStore();
    const shop = new WordsOnlyShop();
    await store.getState().loadCatalog(shop, { url: '/catalog.json' });
    const switched = await store.getState().activateCatalog(new FailingIndexShop(), {
      catalog: catalogOf([product('x', 'X')]),
      source: 'x.csv',
      issues: [],
    });
    expect(switched).toBe(false);
    expect(store.getState().catalogSource).toBe('catalog.json');
    expect(store.getState().catalogError).toEqual({ stage: 'use', message: 'out of memory while indexing' });
    // The worker still has the old index, so search keeps working.
    expect(store.getState().searchReadiness).toBe('ready');
  });
});

describe('a catalog kept on the kiosk', () => {
  it('comes back at start-up under its source name, ready to search', async () => {
    const store = newStore();
    const shop = new WordsOnlyShop();
    const kept = { source: 'spring-export.csv', json: DEMO };
    expect(await store.getState().restoreCatalog(shop, kept)).toBe(true);
    const state = store.getState();
    expect(state.catalog?.products.map((p) => p.id)).toEqual(['k1', 'k2']);
    expect(state.catalogSource).toBe('spring-export.csv');
    expect(state.catalogKept).toBe(true);
    expect(state.searchReadiness).toBe('ready');
    expect((await shop.search('steel')).ids).toEqual(['k1']);
  });

  it('that cannot be read is passed over, so the shipped catalog loads instead', async () => {
    const store = newStore();
    const kept = { source: 'spring-export.csv', json: '{"format": "aisle-catalog", "products": [' };
    expect(await store.getState().restoreCatalog(new WordsOnlyShop(), kept)).toBe(false);
    expect(store.getState().catalog).toBeNull();
    serve({ '/catalog/catalog.json': DEMO });
    await store.getState().loadCatalog(new WordsOnlyShop(), { url: '/catalog/catalog.json' });
    expect(store.getState().catalogKept).toBe(false);
    expect(store.getState().catalogSource).toBe('catalog.json');
  });

  it('waits for a new worker to index again when the one that held the index died', async () => {
    serve({ '/catalog.json': DEMO });
    const store = newStore();
    await store.getState().loadCatalog(new WordsOnlyShop(), { url: '/catalog.json' });
    store.getState().indexLost();
    // Browsing goes on; searching (and the chat) waits, instead of asking a worker with no index.
    expect(store.getState().catalog?.products).toHaveLength(2);
    expect(store.getState().searchReadiness).toBe('idle');
    await store.getState().activateCatalog(new FailingIndexShop(), {
      catalog: catalogOf([product('x', 'X')]),
      source: 'x.csv',
      issues: [],
    });
    // Nothing holds an index now, so a failed indexing is not read as search still working.
    expect(store.getState().searchReadiness).toBe('error');
  });
});
