import type { StateCreator } from 'zustand';
import type { Catalog, Product } from '../core/catalog/index.ts';
import { AisleError } from '../core/errors.ts';
import type { SortOrder } from '../core/search/index.ts';
import type { SearchSummary, ShopService } from '../core/shop/shop-service.ts';
import {
  anyChip,
  chipFilters,
  searchFacets,
  type ChipSelection,
  type SearchFacets,
} from './search-facets.ts';

/** Results shown per search: a screenful or two on a kiosk; the count says how many matched in all. */
export const RESULTS_PER_SEARCH = 48;

/** One finished search as the results screen shows it. */
export interface SearchView {
  query: string;
  /** The catalog the ids belong to: a view of an older catalog is not shown. */
  catalog: Catalog;
  /** The chips and chosen sort it ran with. */
  chips: ChipSelection;
  sort: SortOrder | undefined;
  summary: SearchSummary;
  products: Product[];
  alternatives: Product[];
  /** Chips from the query's results before any chip filter, so they stay put while chips are tapped. */
  facets: SearchFacets;
  /** Ranked by words alone while the meaning-based ranking is still on its way (the first search). */
  preliminary: boolean;
}

export interface SearchSlice {
  /** The query the chips and sort below belong to; a new query starts without them. */
  searchQuery: string;
  searchChips: ChipSelection;
  /** The sort the shopper chose; undefined follows the query ("cheapest …") or relevance. */
  searchSort: SortOrder | undefined;
  searchView: SearchView | null;
  searchStatus: 'idle' | 'searching' | 'done' | 'error';
  searchError: string | null;
  /**
   * Whether a full (words and meaning) search has answered since start-up: until then each search shows
   * its words' results at once and the full ranking when the embedder has loaded. Kept across shoppers.
   */
  searchWarm: boolean;
  setSearchChips(chips: ChipSelection): void;
  setSearchSort(sort: SortOrder | undefined): void;
  /** Runs the query with the chips and sort chosen for it (none when the query is new). */
  runSearch(shop: ShopService, catalog: Catalog, query: string): Promise<void>;
  /** Forgets the query, chips, sort and results; a search still running is dropped when it answers. */
  clearSearch(): void;
}

export const searchInitialState = {
  searchQuery: '',
  searchChips: {},
  searchSort: undefined,
  searchView: null,
  searchStatus: 'idle',
  searchError: null,
} satisfies Partial<SearchSlice>;

/** What the search knows of the worker rather than of a shopper: the idle reset keeps it. */
export const searchEngineInitialState = { searchWarm: false } satisfies Partial<SearchSlice>;

function productsFor(catalog: Catalog, ids: readonly string[]): Product[] {
  const byId = new Map(catalog.products.map((product) => [product.id, product]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export const createSearchSlice: StateCreator<SearchSlice, [], [], SearchSlice> = (set, get) => {
  // Only the latest search may show: an earlier one that answers late is dropped.
  let latest = 0;

  async function facetsFor(
    shop: ShopService,
    catalog: Catalog,
    query: string,
    run: { chips: ChipSelection; products: Product[] },
  ): Promise<SearchFacets> {
    const previous = get().searchView;
    if (previous && previous.query === query && previous.catalog === catalog) return previous.facets;
    if (!anyChip(run.chips)) return searchFacets(run.products);
    const plain = await shop.search(query, { k: RESULTS_PER_SEARCH });
    return searchFacets(productsFor(catalog, plain.ids));
  }

  async function viewOf(
    shop: ShopService,
    catalog: Catalog,
    query: string,
    run: { chips: ChipSelection; sort: SortOrder | undefined; summary: SearchSummary; preliminary: boolean },
  ): Promise<SearchView> {
    const { chips, sort, summary, preliminary } = run;
    const products = productsFor(catalog, summary.ids);
    // The full ranking brings its own chips; a chip tapped on the words' results stays put.
    const previous = get().searchView;
    const upgrade = previous?.preliminary === true && !preliminary && !anyChip(chips);
    const facets = upgrade
      ? searchFacets(products)
      : await facetsFor(shop, catalog, query, { chips, products });
    return {
      query,
      catalog,
      chips,
      sort,
      summary,
      products,
      alternatives: productsFor(catalog, summary.alternatives),
      facets,
      preliminary,
    };
  }

  return {
    ...searchInitialState,
    ...searchEngineInitialState,
    setSearchChips: (searchChips) => set({ searchChips }),
    setSearchSort: (searchSort) => set({ searchSort }),
    clearSearch() {
      latest++;
      set(searchInitialState);
    },
    async runSearch(shop, catalog, query) {
      const ticket = ++latest;
      const before = get();
      // A new query starts clean; chips left untouched keep their identity, so the screen does not re-run.
      if (before.searchQuery !== query)
        set(
          anyChip(before.searchChips) || before.searchSort !== undefined
            ? { searchQuery: query, searchChips: {}, searchSort: undefined }
            : { searchQuery: query },
        );
      const { searchChips: chips, searchSort: sort } = get();
      set({ searchStatus: 'searching', searchError: null });
      const options = { k: RESULTS_PER_SEARCH, filters: chipFilters(chips), sort };
      // Before the embedder has answered once, the words answer at once and the full ranking follows.
      let full = false;
      let shownEarly = false;
      if (!get().searchWarm)
        void shop
          .search(query, { ...options, mode: 'lexical' })
          .then((summary) => viewOf(shop, catalog, query, { chips, sort, summary, preliminary: true }))
          .then((view) => {
            if (ticket !== latest || full) return;
            shownEarly = true;
            set({ searchStatus: 'done', searchView: view });
          })
          .catch(() => undefined); // the full search reports its own error
      try {
        const summary = await shop.search(query, options);
        full = true;
        const view = await viewOf(shop, catalog, query, { chips, sort, summary, preliminary: false });
        set({ searchWarm: true });
        if (ticket !== latest) return;
        set({ searchStatus: 'done', searchView: view });
      } catch (error) {
        full = true;
        if (ticket !== latest) return;
        const message = AisleError.from(error).message;
        // The words' results stay on screen when the meaning-based ranking cannot be had.
        if (shownEarly)
          set((state) => ({
            searchError: message,
            searchView: state.searchView && { ...state.searchView, preliminary: false },
          }));
        else set({ searchStatus: 'error', searchError: message });
      }
    },
  };
};
