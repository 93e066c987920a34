import { useEffect } from 'react';
import type { ShopService } from '../../core/shop/shop-service.ts';
import type { CatalogKeeper } from '../../state/catalog-keeper.ts';
import type { CatalogSource } from '../../state/catalog-source.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * Loads the kiosk's catalog through the worker once it has started (the shop is null until then), and
 * again for a new worker, which starts without one: the catalog staff kept on this kiosk when there is
 * one, else the one shipped with the build. Leaving cancels a load still running.
 */
export function useCatalogStartup(
  shop: ShopService | null,
  source: CatalogSource,
  keeper: CatalogKeeper,
): void {
  const loadCatalog = useAppStore((s) => s.loadCatalog);
  const restoreCatalog = useAppStore((s) => s.restoreCatalog);
  const { url, indexFolder } = source;
  useEffect(() => {
    if (!shop) return;
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      const kept = await keeper.load();
      if (signal.aborted || (kept && (await restoreCatalog(shop, kept, signal)))) return;
      if (!signal.aborted) await loadCatalog(shop, { url, indexFolder }, signal);
    })();
    return () => controller.abort();
  }, [shop, keeper, loadCatalog, restoreCatalog, url, indexFolder]);
}
