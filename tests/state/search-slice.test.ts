import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { SearchOptions } from '../../src/core/search/index.ts';
import type { SearchSummary } from '../../src/core/shop/shop-service.ts';
import { createSearchSlice, type SearchSlice } from '../../src/state/search-slice.ts';
import { bytesOf, SHOPIFY_CSV, SlowQueryShop, WordsOnlyShop } from './shops.ts';

async function teaShop(shop = new WordsOnlyShop()) {
  const { catalog } = await shop.importCatalog(bytesOf(SHOPIFY_CSV), 'tea.csv');
  await shop.useCatalog(catalog);
  return { shop, catalog, store: create<SearchSlice>()(createSearchSlice) };
}

/** A shop whose full searches wait for the embedder (a gate the test opens); words alone answer at once. */
class WarmingShop extends WordsOnlyShop {
  readonly modes: string[] = [];
  private open: () => void = () => undefined;
  private readonly warm = new Promise<void>((resolve) => (this.open = resolve));

  embedderLoaded(): void {
    this.open();
  }

  override async search(query: string, options: Omit<SearchOptions, 'parse'> = {}): Promise<SearchSummary> {
    this.modes.push(options.mode ?? 'hybrid');
    if (options.mode !== 'lexical') await this.warm;
    return super.search(query, options);
  }
}

const titles = (store: { getState(): SearchSlice }) =>
  store.getState().searchView?.products.map((p) => p.title);

describe('search state', () => {
  it('shows the products found, the phrases understood and chips from the results', async () => {
    const { shop, catalog, store } = await teaShop();
    await store.getState().runSearch(shop, catalog, 'tea under 20 dollars');
    const view = store.getState().searchView;
    expect(view?.summary.understood).toEqual(['under 20 dollars']);
    expect(titles(store)?.sort()).toEqual(['Green Tea', 'Oolong Tea', 'Tea Cups']);
    expect(view?.facets.brands).toEqual(['Leafy', 'Ironside']);
    expect(view?.facets.someUnavailable).toBe(true);
  });

  it('re-runs with exact filters for tapped chips, keeping the chips of the unfiltered results', async () => {
    const { shop, catalog, store } = await teaShop();
    await store.getState().runSearch(shop, catalog, 'tea');
    const facets = store.getState().searchView?.facets;
    store.getState().setSearchChips({ brand: 'Ironside' });
    await store.getState().runSearch(shop, catalog, 'tea');
    expect(titles(store)?.sort()).toEqual(['Cast Iron Teapot', 'Tea Cups']);
    expect(store.getState().searchView?.facets).toBe(facets);

    store.getState().setSearchChips({ inStock: true });
    store.getState().setSearchSort('price-desc');
    await store.getState().runSearch(shop, catalog, 'tea');
    expect(titles(store)).toEqual(['Cast Iron Teapot', 'Tea Cups', 'Green Tea']);
  });

  it('keeps a price typed in the query when a price chip sets only the other bound', async () => {
    const { shop, catalog, store } = await teaShop();
    await store.getState().runSearch(shop, catalog, 'tea under 20 dollars');
    store.getState().setSearchChips({ price: { from: 10 } });
    await store.getState().runSearch(shop, catalog, 'tea under 20 dollars');
    expect(titles(store)?.sort()).toEqual(['Oolong Tea', 'Tea Cups']);
  });

  it('starts a new query without the chips and sort of the last one', async () => {
    const { shop, catalog, store } = await teaShop();
    await store.getState().runSearch(shop, catalog, 'tea');
    store.getState().setSearchChips({ brand: 'Leafy' });
    store.getState().setSearchSort('rating');
    await store.getState().runSearch(shop, catalog, 'teapot');
    expect(store.getState().searchChips).toEqual({});
    expect(store.getState().searchSort).toBeUndefined();
    expect(titles(store)).toEqual(['Cast Iron Teapot']);
  });

  it('offers the products without filters, or words it knows, when nothing matches', async () => {
    const { shop, catalog, store } = await teaShop();
    await store.getState().runSearch(shop, catalog, 'teapot under 5 dollars');
    expect(titles(store)).toEqual([]);
    expect(store.getState().searchView?.alternatives.map((p) => p.title)).toEqual(['Cast Iron Teapot']);
    await store.getState().runSearch(shop, catalog, 'oolnog');
    expect(store.getState().searchView?.summary.suggestions).toContain('oolong');
  });

  it('answers the first search from words at once, then with the full ranking, and later ones in one go', async () => {
    const warming = new WarmingShop();
    const { catalog, store } = await teaShop(warming);
    const first = store.getState().runSearch(warming, catalog, 'tea');
    await expect.poll(() => store.getState().searchView?.preliminary).toBe(true);
    expect(titles(store)?.length).toBeGreaterThan(0);
    warming.embedderLoaded();
    await first;
    expect(store.getState().searchView?.preliminary).toBe(false);
    expect(store.getState().searchWarm).toBe(true);
    await store.getState().runSearch(warming, catalog, 'teapot');
    expect(warming.modes).toEqual(['lexical', 'hybrid', 'hybrid']);
    expect(titles(store)).toEqual(['Cast Iron Teapot']);
  });

  it('shows only the latest search when an earlier one answers late', async () => {
    const { shop: slow, catalog, store } = await teaShop(new SlowQueryShop('oolong'));
    const first = store.getState().runSearch(slow, catalog, 'oolong');
    const second = store.getState().runSearch(slow, catalog, 'teapot');
    await Promise.all([first, second]);
    expect(store.getState().searchView?.query).toBe('teapot');
  });
});
