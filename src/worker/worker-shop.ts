import type { Catalog, ImportResult, StoreProfile } from '../core/catalog/types.ts';
import type { SearchOptions } from '../core/search/product-search.ts';
import type {
  AskOptions,
  AssistantAnswer,
  CatalogReady,
  PrebuiltIndex,
  SearchSummary,
  ShopService,
  ImportOptions,
  TaskOptions,
} from '../core/shop/shop-service.ts';
import type { WorkerClient } from './client.ts';

/** The shop as the UI sees it: imports, indexing and search run in the worker, off the UI thread. */
export class WorkerShop implements ShopService {
  constructor(private readonly client: WorkerClient) {}

  importCatalog(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
    // The file's bytes move to the worker: the UI has no further use for them.
    return this.client.request(
      'importCatalog',
      { bytes, file, ...(options.currency ? { currency: options.currency } : {}) },
      { signal: options.signal, onTask: options.onProgress, transfer: [bytes.buffer] },
    );
  }

  useCatalog(
    catalog: Catalog,
    options: TaskOptions & { prebuilt?: PrebuiltIndex } = {},
  ): Promise<CatalogReady> {
    return this.client.request(
      'useCatalog',
      { catalog, prebuilt: options.prebuilt },
      { signal: options.signal, onTask: options.onProgress },
    );
  }

  async useStoreProfile(store: StoreProfile): Promise<void> {
    await this.client.request('useStoreProfile', { store });
  }

  search(query: string, options: Omit<SearchOptions, 'parse'> = {}): Promise<SearchSummary> {
    return this.client.request('search', { query, options });
  }

  ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    const { productId, locale, signal, onCards, onText } = options;
    return this.client.request('ask', { message, productId, locale }, { signal, onCards, onText });
  }

  async resetChat(): Promise<void> {
    await this.client.request('resetChat', {});
  }
}
