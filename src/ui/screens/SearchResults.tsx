import { useEffect } from 'react';
import type { Catalog } from '../../core/catalog/index.ts';
import { noFilters } from '../../core/search/filters.ts';
import type { SortOrder } from '../../core/search/index.ts';
import {
  useAppStore,
  useIndexProgress,
  useSearchError,
  useSearchChips,
  useSearchReadiness,
  useSearchSort,
  useSearchStatus,
  useSearchView,
} from '../../state/store.ts';
import { FilterChips } from '../components/FilterChips.tsx';
import { IndexProgress } from '../components/IndexProgress.tsx';
import { ProductCard } from '../components/ProductCard.tsx';
import { SearchEmpty } from '../components/SearchEmpty.tsx';
import { useShop } from '../engine-context.ts';
import { useHeldWhileTouched } from '../hooks/use-held-while-touched.ts';
import { useMessages } from '../hooks/use-messages.ts';

const SORTS: readonly SortOrder[] = ['relevance', 'price-asc', 'price-desc', 'rating'];

function isSort(value: string): value is SortOrder {
  return SORTS.some((sort) => sort === value);
}

/** The results of a shopper's query, with the phrases understood, filter chips and a sort. */
export function SearchResults({ catalog, query }: { catalog: Catalog; query: string }) {
  const t = useMessages();
  const shop = useShop();
  const readiness = useSearchReadiness();
  const progress = useIndexProgress();
  const chips = useSearchChips();
  const sort = useSearchSort();
  const view = useSearchView();
  const status = useSearchStatus();
  const error = useSearchError();
  const runSearch = useAppStore((s) => s.runSearch);
  const setChips = useAppStore((s) => s.setSearchChips);
  const setSort = useAppStore((s) => s.setSearchSort);
  const latest = view && view.query === query && view.catalog === catalog ? view : null;
  // The words' results give way to the full ranking, but not under the shopper's finger.
  const current = useHeldWhileTouched(latest, latest?.preliminary === true);

  // Chips and sort are inputs too: changing one runs the search again with exact filters.
  useEffect(() => {
    if (shop && readiness === 'ready' && query) void runSearch(shop, catalog, query);
  }, [shop, readiness, catalog, query, chips, sort, runSearch]);

  if (!query)
    return (
      <main className="screen">
        <p className="empty">{t.search.typeSomething}</p>
      </main>
    );
  if (readiness === 'error')
    return (
      <main className="screen">
        <p className="empty" data-testid="search.error">
          {t.search.unavailable}
        </p>
      </main>
    );
  if (readiness !== 'ready')
    return (
      <main className="screen search-screen">
        <p className="empty">{t.search.almostReady}</p>
        <IndexProgress progress={progress} />
      </main>
    );

  // Busy from the tap on a chip until its results arrive, so nobody reads the old list as the new one;
  // and while the words' results wait for the ranking by meaning.
  const busy =
    status === 'searching' ||
    !current ||
    current.preliminary ||
    current.chips !== chips ||
    current.sort !== sort;
  return (
    <main className="screen search-screen" aria-busy={busy}>
      <h1>{t.search.title(query)}</h1>
      {status === 'error' && (
        <p className="error-banner" role="alert" data-testid="search.error">
          {t.search.failed(error ?? '')}
        </p>
      )}
      {!current ? (
        status !== 'error' && <p className="empty">{t.search.searching}</p>
      ) : (
        <>
          <div className="search-bar">
            <p className="search-count" data-testid="search.count">
              {t.search.count(current.summary.total)}
              {current.summary.total > current.products.length &&
                t.search.showingBest(current.products.length)}
            </p>
            <label className="sort">
              {t.search.sortBy}{' '}
              <select
                value={sort ?? current.summary.sort}
                onChange={(event) => isSort(event.target.value) && setSort(event.target.value)}
                data-testid="search.sort"
              >
                {SORTS.map((value) => (
                  <option key={value} value={value}>
                    {t.search.sorts[value]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {current.preliminary && (
            <p className="search-note" role="status" data-testid="search.preliminary">
              {t.search.preliminary}
            </p>
          )}
          {current.summary.understood.length > 0 && (
            <div className="chips" aria-label={t.search.understoodLabel}>
              <span className="chips-label">{t.search.understood}</span>
              {current.summary.understood.map((phrase) => (
                <span key={phrase} className="chip chip-understood" data-testid="search.understood">
                  {phrase}
                </span>
              ))}
            </div>
          )}
          <FilterChips
            facets={current.facets}
            chips={chips}
            currency={catalog.store.currency}
            onChange={setChips}
          />
          {current.products.length > 0 ? (
            <div className="grid" data-testid="search.results">
              {current.products.map((product) => (
                <ProductCard key={product.id} product={product} testId="search.result" />
              ))}
            </div>
          ) : (
            <SearchEmpty
              query={query}
              filtered={!noFilters(current.summary.filters)}
              alternatives={current.alternatives}
              suggestions={current.summary.suggestions}
            />
          )}
        </>
      )}
    </main>
  );
}
