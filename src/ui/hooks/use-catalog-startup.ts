import { useEffect } from 'react';
import type { ShopService } from '../../core/shop/shop-service.ts';
import type { CatalogKeeper } from '../../state/catalog-keeper.ts';
import type { CatalogSource } from '../../state/catalog-source.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * Loads the kiosk's catalog through the worker once it has started (the shop is null until then), and
 * again for a new worker, which starts without one: the catalog staff kept on this kiosk when there is
 * one, else the one shipped with the build, with the store profile staff set. Leaving cancels a load still
 * running.
 */
export function useCatalogStartup(
  shop: ShopService | null,
  source: CatalogSource,
  keeper: CatalogKeeper,
): void {
  const loadCatalog = useAppStore((s) => s.loadCatalog);
  const restoreCatalog = useAppStore((s) => s.restoreCatalog);
  const setStoreEdit = useAppStore((s) => s.setStoreEdit);
  const { url, indexFolder } = source;
  useEffect(() => {
    if (!shop) return;
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      const [kept, storeEdit] = await Promise.all([keeper.load(), keeper.loadStoreProfile()]);
      if (signal.aborted) return;
      // Before any catalog loads, so that the first one shown already has the staff's store profile.
      setStoreEdit(storeEdit ?? null);
      if (signal.aborted || (kept && (await restoreCatalog(shop, kept, signal)))) return;
      if (!signal.aborted) await loadCatalog(shop, { url, indexFolder }, signal);
    })();
    return () => controller.abort();
  }, [shop, keeper, loadCatalog, restoreCatalog, setStoreEdit, url, indexFolder]);
}
