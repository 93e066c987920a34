import { describe, expect, it } from 'vitest';
import { AisleError } from '../../src/core/errors.ts';
import { LocalShop } from '../../src/core/shop/local-shop.ts';
import type { AskOptions, AssistantAnswer, CatalogProgress } from '../../src/core/shop/shop-service.ts';
import type { VectorCache } from '../../src/core/shop/vector-cache.ts';
import { WorkerClient, type WorkerLike } from '../../src/worker/client.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { isToWorker } from '../../src/worker/protocol.ts';
import { WorkerShop } from '../../src/worker/worker-shop.ts';
import { scriptedEngine } from './scripted-engine.ts';

function memoryCache(): VectorCache & { entries: Map<string, Uint8Array> } {
  const entries = new Map<string, Uint8Array>();
  return {
    entries,
    get: async (key) => entries.get(key),
    put: async (key, bytes) => void entries.set(key, bytes),
  };
}

/** The real handler and shop behind a fake worker that structured-clones every message, as a worker does. */
/** The in-process shop, noting the language each question arrived with. */
class LanguageNotingShop extends LocalShop {
  readonly locales: AskOptions['locale'][] = [];

  override ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    this.locales.push(options.locale);
    return super.ask(message, options);
  }
}

function workerShop(cache: VectorCache, inWorker?: LanguageNotingShop): WorkerShop {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
  const engine = scriptedEngine([]);
  const handle = createHandler(
    (event) =>
      listeners.forEach((listener) =>
        listener(new MessageEvent('message', { data: structuredClone(event) })),
      ),
    engine,
    inWorker ?? new LocalShop({ engine, embedderKey: 'scripted@1', vectorCache: cache }),
  );
  const worker: WorkerLike = {
    postMessage: (message) => {
      const copy = structuredClone(message);
      if (isToWorker(copy)) void handle(copy);
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => undefined,
  };
  return new WorkerShop(new WorkerClient(worker));
}

const CSV = [
  'Handle,Title,Body (HTML),Vendor,Type,Variant Price',
  'green-tea,Green Tea,<p>Loose leaf</p>,Leafy,Tea,4.50',
  'oolong,Oolong Tea,<p>Roasted</p>,Leafy,Tea,12.00',
  'teapot,Cast Iron Teapot,<p>Holds 1 l</p>,Ironside,Teaware,39.00',
].join('\n');

describe('the shop through the worker protocol', () => {
  it('reads a CSV export, which states no currency, in the currency the kiosk names', async () => {
    const shop = workerShop(memoryCache());
    const bytes = () => new TextEncoder().encode(CSV);
    const yuan = await shop.importCatalog(bytes(), 'tea.csv', { currency: 'CNY' });
    expect(yuan.catalog.store.currency).toBe('CNY');
    expect(new Set(yuan.catalog.products.map((p) => p.currency))).toEqual(new Set(['CNY']));
    const plain = await shop.importCatalog(bytes(), 'tea.csv');
    expect(plain.catalog.products[0]?.currency).toBe('USD');
  });

  it('imports a file, indexes it with progress, caches the vectors and searches', async () => {
    const cache = memoryCache();
    const shop = workerShop(cache);
    const imported = await shop.importCatalog(new TextEncoder().encode(CSV), 'tea.csv');
    expect(imported.format).toBe('shopify-csv');
    expect(imported.catalog.products.map((p) => p.id)).toEqual(['green-tea', 'oolong', 'teapot']);

    const progress: CatalogProgress[] = [];
    const ready = await shop.useCatalog(imported.catalog, { onProgress: (p) => progress.push(p) });
    expect(ready).toEqual({ products: 3, vectors: 'built' });
    expect(progress.at(-1)).toEqual({ phase: 'index', loaded: 3, total: 3 });
    expect(cache.entries.size).toBe(1);

    const found = await shop.search('tea under 10 dollars');
    expect(found.ids).toEqual(['green-tea']);
    expect(found.understood).toEqual(['under 10 dollars']);

    const again = await workerShop(cache).useCatalog(imported.catalog);
    expect(again.vectors).toBe('device-cache');
  });

  it('a broken file is a typed error naming the place, and the catalog in use stays', async () => {
    const shop = workerShop(memoryCache());
    const { catalog } = await shop.importCatalog(new TextEncoder().encode(CSV), 'tea.csv');
    await shop.useCatalog(catalog);
    const broken = shop.importCatalog(new TextEncoder().encode('{"products": [{"id": 1,'), 'broken.json');
    await expect(broken).rejects.toBeInstanceOf(AisleError);
    await expect(broken).rejects.toMatchObject({
      code: 'catalog-invalid',
      message: expect.stringMatching(/^broken\.json:1:/),
    });
    expect((await shop.search('teapot')).ids[0]).toBe('teapot');
  });
});

describe('a catalog too big to embed on the kiosk', () => {
  it('searches by words at once and says why, instead of embedding for an hour', async () => {
    const engine = scriptedEngine([]);
    const shop = new LocalShop({ engine, embedderKey: 'scripted@1', maxEmbeddedProducts: 2 });
    const { catalog } = await shop.importCatalog(new TextEncoder().encode(CSV), 'tea.csv');
    const ready = await shop.useCatalog(catalog);
    expect(ready.vectors).toBe('none');
    expect(ready.note).toEqual({ kind: 'too-many-to-embed', products: 3, limit: 2 });
    const found = await shop.search('teapot');
    expect(found.ids[0]).toBe('teapot');
    expect(found.mode).toBe('lexical');
  });
});

describe('the assistant through the worker protocol', () => {
  it('gets the language of the UI with every question', async () => {
    const engine = scriptedEngine([]);
    const inWorker = new LanguageNotingShop({ engine, embedderKey: 'scripted@1', languageModel: false });
    const shop = workerShop(memoryCache(), inWorker);
    const { catalog } = await shop.importCatalog(new TextEncoder().encode(CSV), 'tea.csv');
    await shop.useCatalog(catalog);
    await shop.ask('green tea', { locale: 'zh' });
    await shop.ask('green tea', { locale: 'en' });
    await shop.ask('green tea');
    expect(inWorker.locales).toEqual(['zh', 'en', undefined]);
  });

  it('answers from a store profile staff set, at once and without indexing again', async () => {
    const engine = scriptedEngine([]);
    const inWorker = new LanguageNotingShop({ engine, embedderKey: 'scripted@1', languageModel: false });
    const shop = workerShop(memoryCache(), inWorker);
    const { catalog } = await shop.importCatalog(new TextEncoder().encode(CSV), 'tea.csv');
    await shop.useCatalog(catalog);
    const policy = 'Unopened tea can be returned within 14 days with the receipt.';
    expect((await shop.ask('What is your return policy?')).text).not.toContain(policy);

    const products = inWorker.catalog?.products;
    await shop.useStoreProfile({ ...catalog.store, name: 'The Tea Room', returnPolicy: policy });
    expect(inWorker.catalog?.store.returnPolicy).toBe(policy);
    expect(inWorker.catalog?.products).toBe(products);
    expect((await shop.ask('What is your return policy?')).text).toContain(policy);
    expect((await shop.search('teapot')).ids[0]).toBe('teapot');
  });

  it('refuses a store profile before any catalog is in use', async () => {
    const shop = workerShop(memoryCache());
    const store = { name: 'Shop', currency: 'USD', locale: 'en-US', faq: [] };
    await expect(shop.useStoreProfile(store)).rejects.toMatchObject({ code: 'no-catalog' });
  });
});
