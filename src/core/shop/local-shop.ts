import { readableCatalog } from '../assistant/grounding/planted-text.ts';
import { ShopAssistant, type AskOptions, type AssistantAnswer } from '../assistant/shop-assistant.ts';
import { CatalogFormatError } from '../catalog/errors.ts';
import { importCatalog } from '../catalog/import-catalog.ts';
import { checkCatalogSize } from '../catalog/limits.ts';
import type { Catalog, ImportResult, StoreProfile } from '../catalog/types.ts';
import { AisleError } from '../errors.ts';
import type { AssistantEngine } from '../runtime/engine.ts';
import { decodeVectors, encodeVectors, catalogContentHash, indexMismatch } from '../search/index-file.ts';
import {
  createProductSearch,
  embedProducts,
  type ProductSearch,
  type SearchOptions,
  type TextEmbedder,
} from '../search/index.ts';
import type { VectorIndex } from '../search/vector-index.ts';
import type {
  CatalogReady,
  PrebuiltIndex,
  SearchNotice,
  SearchSummary,
  ShopService,
  ImportOptions,
  TaskOptions,
} from './shop-service.ts';
import { noVectorCache, type VectorCache } from './vector-cache.ts';

export interface LocalShopConfig {
  engine: AssistantEngine;
  /** `<id>@<version>` of the embedder, which vectors are only valid for. */
  embedderKey: string;
  vectorCache?: VectorCache;
  /** Whether the assistant may phrase answers with the language model (default true). */
  languageModel?: boolean;
  /** Above this many products the kiosk does not embed a catalog itself (default MAX_EMBEDDED_PRODUCTS). */
  maxEmbeddedProducts?: number;
}

/**
 * The most products a kiosk embeds itself: about 20 products a second on a 2-core machine (npm run bench)
 * makes this four minutes; a bigger catalog searches by words until an index is prebuilt for it.
 */
export const MAX_EMBEDDED_PRODUCTS = 5000;

/** Catalog import and hybrid search in this thread: the worker's implementation and the command line's. */
export class LocalShop implements ShopService {
  private current: { catalog: Catalog; search: ProductSearch; assistant: ShopAssistant } | undefined;

  constructor(private readonly config: LocalShopConfig) {}

  get catalog(): Catalog | undefined {
    return this.current?.catalog;
  }

  get productSearch(): ProductSearch | undefined {
    return this.current?.search;
  }

  async importCatalog(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
    options.onProgress?.({ phase: 'import', loaded: 0, total: bytes.byteLength });
    try {
      checkCatalogSize(bytes.byteLength, file);
      const { currency } = options;
      const result = importCatalog(bytes, { file, ...(currency ? { currency } : {}) });
      options.onProgress?.({ phase: 'import', loaded: bytes.byteLength, total: bytes.byteLength });
      return result;
    } catch (error) {
      // The message already names the file, line and column; the code tells the UI it is the file's fault.
      if (error instanceof CatalogFormatError) throw new AisleError('catalog-invalid', error.message);
      throw error;
    }
  }

  async useCatalog(
    catalog: Catalog,
    options: TaskOptions & { prebuilt?: PrebuiltIndex } = {},
  ): Promise<CatalogReady> {
    const { vectors, ready } = await this.vectorsFor(catalog, options);
    const embed: TextEmbedder = (texts, kind) =>
      this.config.engine.embed(texts, { signal: options.signal, kind });
    // The assistant's reading of the catalog (planted instructions left out) is what search returns to
    // it; the vectors, made from the catalog as it is, stay valid (same products, same order).
    const search = await createProductSearch(readableCatalog(catalog), {
      vectors,
      embed: vectors ? embed : undefined,
    });
    // Only a finished index replaces the one in use: a failed or cancelled build leaves it as it was.
    this.current = { catalog, search, assistant: this.assistantFor(catalog, search) };
    return ready;
  }

  private assistantFor(catalog: Catalog, search: ProductSearch): ShopAssistant {
    return new ShopAssistant({
      catalog,
      search,
      engine: this.config.engine,
      languageModel: this.config.languageModel,
    });
  }

  async useStoreProfile(store: StoreProfile): Promise<void> {
    const { catalog, search } = this.inUse();
    // A new assistant for the new profile; the products, and so the search index, are the same.
    const withStore = { ...catalog, store };
    this.current = { catalog: withStore, search, assistant: this.assistantFor(withStore, search) };
  }

  async ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    return this.inUse().assistant.ask(message, options);
  }

  async resetChat(): Promise<void> {
    this.current?.assistant.reset();
    await this.config.engine.resetConversation();
  }

  private inUse() {
    if (!this.current) throw new AisleError('no-catalog', 'No catalog is loaded yet.');
    return this.current;
  }

  async search(query: string, options: Omit<SearchOptions, 'parse'> = {}): Promise<SearchSummary> {
    const result = await this.inUse().search.search(query, options);
    return {
      ids: result.hits.map((hit) => hit.product.id),
      total: result.total,
      understood: result.parsed.understood,
      filters: result.filters,
      sort: result.sort,
      mode: result.mode,
      alternatives: result.alternatives.map((hit) => hit.product.id),
      suggestions: result.suggestions,
    };
  }

  /** Vectors from the prebuilt index, else this device's cache, else embedded now (and cached). */
  private async vectorsFor(
    catalog: Catalog,
    options: TaskOptions & { prebuilt?: PrebuiltIndex },
  ): Promise<{ vectors: VectorIndex | undefined; ready: CatalogReady }> {
    const { embedderKey, engine } = this.config;
    const cache = this.config.vectorCache ?? noVectorCache;
    const products = catalog.products.length;
    let note: SearchNotice | undefined;
    if (options.prebuilt) {
      const mismatch = await indexMismatch(options.prebuilt.meta, catalog, embedderKey);
      if (mismatch === null) {
        const { meta, vectors } = options.prebuilt;
        return {
          vectors: decodeVectors(vectors, meta.count, meta.dims),
          ready: { products, vectors: 'prebuilt' },
        };
      }
      note = { kind: 'prebuilt-unused', detail: mismatch };
    }
    if (products === 0) return { vectors: undefined, ready: { products, vectors: 'none', note } };
    const key = `${await catalogContentHash(catalog)}:${embedderKey}`;
    const cached = await cache.get(key);
    if (cached) {
      const dims = cached.byteLength / products - 4;
      if (Number.isInteger(dims) && dims > 0)
        return {
          vectors: decodeVectors(cached, products, dims),
          ready: { products, vectors: 'device-cache', note },
        };
    }
    const limit = this.config.maxEmbeddedProducts ?? MAX_EMBEDDED_PRODUCTS;
    if (products > limit)
      return {
        vectors: undefined,
        ready: {
          products,
          vectors: 'none',
          note: { kind: 'too-many-to-embed', products, limit },
        },
      };
    try {
      const vectors = await embedProducts(
        catalog.products,
        (texts, kind) => engine.embed(texts, { signal: options.signal, kind }),
        {
          signal: options.signal,
          onProgress: (loaded, total) => options.onProgress?.({ phase: 'index', loaded, total }),
        },
      );
      await cache.put(key, encodeVectors(vectors));
      return { vectors, ready: { products, vectors: 'built', note } };
    } catch (error) {
      const typed = AisleError.from(error);
      if (typed.code === 'aborted') throw typed;
      // Without the embedder the shop still searches by words; say why meaning-search is off.
      return {
        vectors: undefined,
        ready: { products, vectors: 'none', note: { kind: 'no-embedder', detail: typed.message } },
      };
    }
  }
}
