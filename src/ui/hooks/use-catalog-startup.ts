import { useEffect } from 'react';
import type { ShopService } from '../../core/shop/shop-service.ts';
import type { CatalogSource } from '../../state/catalog-source.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * Loads the kiosk's catalog through the worker once it has started (the shop is null until then), and
 * again for a new worker, which starts without one. Leaving cancels a load still running.
 */
export function useCatalogStartup(shop: ShopService | null, source: CatalogSource): void {
  const loadCatalog = useAppStore((s) => s.loadCatalog);
  const { url, indexFolder } = source;
  useEffect(() => {
    if (!shop) return;
    const controller = new AbortController();
    void loadCatalog(shop, { url, indexFolder }, controller.signal);
    return () => controller.abort();
  }, [shop, loadCatalog, url, indexFolder]);
}
