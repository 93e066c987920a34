import type { StateCreator } from 'zustand';
import type { Catalog, ImportIssue } from '../core/catalog/index.ts';
import {
  applyStoreProfile,
  storeProfileProblems,
  type StoreProfileEdit,
  type StoreProfileProblem,
} from '../core/catalog/store-profile-edit.ts';
import { AisleError } from '../core/errors.ts';
import type { CatalogProgress, PrebuiltIndex, SearchNotice, ShopService } from '../core/shop/shop-service.ts';
import type { CatalogKeeper, KeptCatalog } from './catalog-keeper.ts';
import { fetchBytes, fetchPrebuiltIndex, sourceName, type CatalogSource } from './catalog-source.ts';

/** Whether search serves the catalog on screen: 'indexing' while the worker builds its index. */
export type SearchReadiness = 'idle' | 'indexing' | 'ready' | 'error';

/** A catalog about to be put in use, with where it came from and what its import reported. */
export interface CatalogToUse {
  catalog: Catalog;
  /** The file it was read from, shown to staff. */
  source: string;
  issues: ImportIssue[];
  prebuilt?: PrebuiltIndex;
}

/** Why loading a catalog or putting one in use failed; the UI words it in its language. */
export interface CatalogError {
  /** 'load': the start-up catalog could not be read; 'use': a catalog could not be put in use. */
  stage: 'load' | 'use';
  /** The cause, with the file's line and column when the file is at fault. */
  message: string;
}

/** How saving the staff's store profile went. */
export type StoreProfileSave =
  | { outcome: 'saved' }
  /** Nothing was applied or kept: the profile in use stays as it was. */
  | { outcome: 'invalid'; problems: StoreProfileProblem[] }
  | { outcome: 'not-applied'; message: string }
  /** In use now, but it will not survive a reload. */
  | { outcome: 'not-kept'; message: string };

export interface CatalogSlice {
  /** The catalog the kiosk shows. Once search is ready, it is also the one the worker searches. */
  catalog: Catalog | null;
  catalogSource: string | null;
  /** Whether the catalog in use is one staff kept on this kiosk (rather than the shipped one). */
  catalogKept: boolean;
  setCatalogKept(kept: boolean): void;
  catalogStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the last load or switch failed; the catalog loaded before it stays in place. */
  catalogError: CatalogError | null;
  importIssues: ImportIssue[];
  searchReadiness: SearchReadiness;
  /** Why search runs without meaning-based matching, or why its prebuilt index was not used. */
  searchNote: SearchNotice | null;
  /**
   * The store profile staff set on this kiosk, applied over whichever catalog is in use (imported shop
   * exports carry none); null when the catalog's own profile stands.
   */
  storeEdit: StoreProfileEdit | null;
  /** The kept profile, read at start-up before any catalog loads. */
  setStoreEdit(edit: StoreProfileEdit | null): void;
  /**
   * Checks the staff's profile, applies it to the catalog in use (the worker's assistant answers from it
   * at once) and keeps it on the kiosk. An invalid profile changes nothing.
   */
  saveStoreProfile(
    shop: ShopService,
    keeper: CatalogKeeper,
    edit: StoreProfileEdit,
  ): Promise<StoreProfileSave>;
  /** The search index being built (phase 'index'), for a progress bar. */
  indexProgress: CatalogProgress | null;
  /**
   * Start-up: reads the catalog file through the worker, shows it as soon as it is imported, then builds
   * its search index. Cancelled by `signal` (the app unmounting or the worker going away).
   */
  loadCatalog(shop: ShopService, source: CatalogSource, signal?: AbortSignal): Promise<void>;
  /**
   * Start-up with the catalog staff kept on this kiosk: imported and put in use like any other. Resolves
   * false when it cannot be (the caller then loads the shipped catalog).
   */
  restoreCatalog(shop: ShopService, kept: KeptCatalog, signal?: AbortSignal): Promise<boolean>;
  /**
   * Makes a catalog the one in use: the worker indexes it, and only then does the kiosk switch to it, so
   * browsing and search always agree. A newer call cancels an older one. Resolves true when switched.
   */
  activateCatalog(shop: ShopService, next: CatalogToUse, signal?: AbortSignal): Promise<boolean>;
  /**
   * The worker that held the search index is gone: search (and the chat, which searches) waits until the
   * new worker has indexed the catalog again. The catalog stays on screen for browsing.
   */
  indexLost(): void;
}

/** The name the kept catalog is read under (its format is Aisle's JSON, whatever the source file was). */
const KEPT_FILE = 'kept-catalog.json';

export const catalogInitialState = {
  catalog: null,
  catalogSource: null,
  catalogKept: false,
  catalogStatus: 'idle',
  catalogError: null,
  importIssues: [],
  searchReadiness: 'idle',
  searchNote: null,
  indexProgress: null,
  storeEdit: null,
} satisfies Partial<CatalogSlice>;

export const createCatalogSlice: StateCreator<CatalogSlice, [], [], CatalogSlice> = (set, get) => {
  // Per store, not per module: the running switch (to cancel it when a newer one starts) and whether the
  // worker has a finished index at all (to know if search still works after a failed switch).
  let running: AbortController | undefined;
  let workerHasIndex = false;

  /** The catalog with the staff's store profile over its own, when staff set one. */
  function withStoreEdit(catalog: Catalog): Catalog {
    const edit = get().storeEdit;
    return edit ? { ...catalog, store: applyStoreProfile(catalog.store, edit) } : catalog;
  }

  async function activateCatalog(
    shop: ShopService,
    next: CatalogToUse,
    signal?: AbortSignal,
  ): Promise<boolean> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const both = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
    set({ searchReadiness: 'indexing', indexProgress: null });
    const catalog = withStoreEdit(next.catalog);
    try {
      const ready = await shop.useCatalog(catalog, {
        prebuilt: next.prebuilt,
        signal: both,
        onProgress: (progress) => {
          if (running === controller) set({ indexProgress: progress });
        },
      });
      if (running !== controller) return false;
      workerHasIndex = true;
      set({
        catalog,
        catalogSource: next.source,
        importIssues: next.issues,
        catalogStatus: 'ready',
        catalogError: null,
        searchReadiness: 'ready',
        searchNote: ready.note ?? null,
        indexProgress: null,
      });
      return true;
    } catch (error) {
      // A newer switch took over: it owns the state now.
      if (running !== controller) return false;
      const typed = AisleError.from(error);
      set({
        searchReadiness: typed.code === 'aborted' ? 'idle' : workerHasIndex ? 'ready' : 'error',
        indexProgress: null,
        catalogError:
          typed.code === 'aborted' ? get().catalogError : { stage: 'use', message: typed.message },
      });
      return false;
    } finally {
      if (running === controller) running = undefined;
    }
  }

  async function loadCatalog(shop: ShopService, source: CatalogSource, signal?: AbortSignal) {
    set({ catalogStatus: 'loading', catalogError: null });
    const file = sourceName(source.url);
    try {
      const [bytes, prebuilt] = await Promise.all([
        fetchBytes(source.url, signal),
        source.indexFolder === undefined ? undefined : fetchPrebuiltIndex(source.indexFolder, signal),
      ]);
      const { catalog, issues } = await shop.importCatalog(bytes, file, { signal });
      // Browsing needs no index: the shopper sees the catalog while search gets ready.
      set({
        catalog: withStoreEdit(catalog),
        catalogSource: file,
        importIssues: issues,
        catalogStatus: 'ready',
        catalogKept: false,
      });
      await activateCatalog(shop, { catalog, source: file, issues, prebuilt }, signal);
    } catch (error) {
      const typed = AisleError.from(error);
      if (typed.code === 'aborted' || signal?.aborted) return;
      // A failed load never replaces what was loaded before.
      set((state) => ({
        catalogStatus: state.catalog ? 'ready' : 'error',
        catalogError: { stage: 'load', message: typed.message },
      }));
    }
  }

  async function restoreCatalog(shop: ShopService, kept: KeptCatalog, signal?: AbortSignal) {
    set({ catalogStatus: 'loading', catalogError: null });
    try {
      const bytes = new TextEncoder().encode(kept.json);
      // Kept in Aisle's own JSON whatever its source was: read as such, shown under the source's name.
      const { catalog, issues } = await shop.importCatalog(bytes, KEPT_FILE, { signal });
      set({
        catalog: withStoreEdit(catalog),
        catalogSource: kept.source,
        importIssues: issues,
        catalogStatus: 'ready',
        catalogKept: true,
      });
      // Its vectors were built when staff put it in use, and wait in the worker's device cache.
      return await activateCatalog(shop, { catalog, source: kept.source, issues }, signal);
    } catch {
      set({ catalogStatus: 'idle' });
      return false;
    }
  }

  async function saveStoreProfile(
    shop: ShopService,
    keeper: CatalogKeeper,
    edit: StoreProfileEdit,
  ): Promise<StoreProfileSave> {
    const problems = storeProfileProblems(edit);
    if (problems.length > 0) return { outcome: 'invalid', problems };
    const catalog = get().catalog;
    if (!catalog) return { outcome: 'not-applied', message: 'No catalog is loaded yet.' };
    const store = applyStoreProfile(catalog.store, edit);
    try {
      await shop.useStoreProfile(store);
    } catch (error) {
      return { outcome: 'not-applied', message: AisleError.from(error).message };
    }
    set({ catalog: { ...catalog, store }, storeEdit: edit });
    try {
      await keeper.saveStoreProfile(edit);
      return { outcome: 'saved' };
    } catch (error) {
      return { outcome: 'not-kept', message: AisleError.from(error).message };
    }
  }

  return {
    ...catalogInitialState,
    loadCatalog,
    restoreCatalog,
    activateCatalog,
    saveStoreProfile,
    setStoreEdit: (storeEdit) => set({ storeEdit }),
    setCatalogKept: (kept) => set({ catalogKept: kept }),
    indexLost: () => {
      running?.abort();
      running = undefined;
      workerHasIndex = false;
      set({ searchReadiness: 'idle', indexProgress: null });
    },
  };
};
