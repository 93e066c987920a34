import type { AnswerCard, AskOptions, AssistantAnswer } from '../assistant/shop-assistant.ts';
import type { CompareTable } from '../assistant/flows/compare-table.ts';
import type { Catalog, ImportResult, StoreProfile } from '../catalog/types.ts';
import type { SearchIndexMeta } from '../search/index-file.ts';
import type { SearchFilters, SearchMode, SearchOptions, SortOrder } from '../search/index.ts';

/** Progress of a catalog task: importing a file, or embedding its products for search. */
export interface CatalogProgress {
  phase: 'import' | 'index';
  loaded: number;
  total: number;
}

/** A prebuilt index as shipped beside a catalog (see `aisle index`). */
export interface PrebuiltIndex {
  meta: SearchIndexMeta;
  vectors: Uint8Array;
}

export interface CatalogReady {
  products: number;
  /** Where the product vectors came from; 'none' leaves search lexical only. */
  vectors: 'prebuilt' | 'device-cache' | 'built' | 'none';
  /** Why vectors are missing or were rebuilt, when they were. */
  note?: SearchNotice;
}

/** Why search runs by words only, or why its prebuilt index was not used: data, which the UI words. */
export type SearchNotice =
  /** The prebuilt index does not belong to this catalog or embedder; `detail` says how. */
  | { kind: 'prebuilt-unused'; detail: string }
  /** Too many products to embed on the kiosk; prebuild the index with `aisle index`. */
  | { kind: 'too-many-to-embed'; products: number; limit: number }
  /** The embedder could not run; `detail` is its error. */
  | { kind: 'no-embedder'; detail: string };

/** A search result as it crosses to the UI: product ids in rank order, which the UI maps to its catalog. */
export interface SearchSummary {
  ids: string[];
  total: number;
  understood: string[];
  filters: SearchFilters;
  sort: SortOrder;
  mode: SearchMode;
  alternatives: string[];
  suggestions: string[];
}

export interface TaskOptions {
  onProgress?: (progress: CatalogProgress) => void;
  signal?: AbortSignal;
}

export interface ImportOptions extends TaskOptions {
  currency?: string;
}

/**
 * The shop's catalog and search behind one interface, with an in-process implementation (Node, tests,
 * inside the worker) and a worker-backed one (the UI), like AssistantEngine.
 */
export interface ShopService {
  /** Reads a catalog file of any supported format; the catalog in use is not touched. */
  /** `currency`: that of the prices in a file that states none (a CSV export); USD by default. */
  importCatalog(bytes: Uint8Array, file: string, options?: ImportOptions): Promise<ImportResult>;
  /** Makes a catalog the one in use and builds its search index (vectors from `prebuilt` when valid). */
  useCatalog(catalog: Catalog, options?: TaskOptions & { prebuilt?: PrebuiltIndex }): Promise<CatalogReady>;
  /**
   * Replaces the store profile of the catalog in use (staff set it on the kiosk): the assistant answers
   * store questions from it at once; the products and their search index stay as they are.
   */
  useStoreProfile(store: StoreProfile): Promise<void>;
  search(query: string, options?: Omit<SearchOptions, 'parse'>): Promise<SearchSummary>;
  /** One shopper message to the assistant, about the catalog in use; cards arrive before the text. */
  ask(message: string, options?: AskOptions): Promise<AssistantAnswer>;
  /** Forgets the conversation (a new shopper, or the idle reset). */
  resetChat(): Promise<void>;
}

export type { AnswerCard, AskOptions, AssistantAnswer, CompareTable };
