import { useCallback, useState } from 'react';
import type { ImportResult } from '../core/catalog/index.ts';
import type { ShopService } from '../core/shop/shop-service.ts';
import { useAppStore } from '../state/store.ts';
import { SHIPPED_CATALOG } from '../ui/shipped-catalog.ts';
import type { EmbedErrorCode, ProductJsonLd } from './protocol.ts';

/** The name a product set from the host's JSON-LD is imported under, in messages and as the catalog's source. */
export const JSONLD_SOURCE = 'aisle-set-product.jsonld';

/** Why the widget could not show the product asked for; the product shown before stays shown. */
export interface ProductRefusal {
  code: EmbedErrorCode;
  message: string;
}

const refusal = (code: EmbedErrorCode, message: string): ProductRefusal => ({ code, message });

/**
 * The product the widget is about. By id it comes from the store's published catalog; from a host's
 * schema.org JSON-LD it is imported in the worker and put in use alone, under the published catalog's
 * store profile, so the assistant answers about it (and only it) at once; an id after that brings the
 * published catalog back.
 */
export function useEmbeddedProduct(shop: ShopService | null, initialId: string | undefined) {
  const [productId, setProductId] = useState(initialId);
  const loadCatalog = useAppStore((s) => s.loadCatalog);
  const activateCatalog = useAppStore((s) => s.activateCatalog);

  const showById = useCallback(
    async (id: string): Promise<ProductRefusal | undefined> => {
      if (!shop || !useAppStore.getState().catalog)
        return refusal(
          'not-ready',
          'aisle:set-product: the catalog has not loaded yet; wait for aisle:ready',
        );
      if (useAppStore.getState().catalogSource === JSONLD_SOURCE) await loadCatalog(shop, SHIPPED_CATALOG);
      const { catalog, catalogSource } = useAppStore.getState();
      if (!catalog || catalogSource === JSONLD_SOURCE)
        return refusal('not-ready', 'aisle:set-product: the published catalog could not be loaded again');
      if (!catalog.products.some((product) => product.id === id))
        return refusal(
          'unknown-product',
          `aisle:set-product: no product with id ${JSON.stringify(id)} in the catalog; send its schema.org Product JSON-LD as "product" instead`,
        );
      setProductId(id);
      return undefined;
    },
    [shop, loadCatalog],
  );

  const showJsonLd = useCallback(
    async (jsonLd: ProductJsonLd): Promise<ProductRefusal | undefined> => {
      const current = useAppStore.getState().catalog;
      if (!shop || !current)
        return refusal(
          'not-ready',
          'aisle:set-product: the catalog has not loaded yet; wait for aisle:ready',
        );
      let imported: ImportResult;
      try {
        imported = await shop.importCatalog(new TextEncoder().encode(JSON.stringify(jsonLd)), JSONLD_SOURCE);
      } catch (error) {
        return refusal(
          'invalid-product',
          `aisle:set-product: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const product = imported.catalog.products[0];
      const firstError = imported.issues.find((issue) => issue.severity === 'error');
      if (!product)
        return refusal(
          'invalid-product',
          `aisle:set-product: "product" holds no schema.org Product${firstError ? ` (${firstError.message})` : ''}`,
        );
      const catalog = { ...current, products: [product] };
      const used = await activateCatalog(shop, { catalog, source: JSONLD_SOURCE, issues: imported.issues });
      if (!used) return refusal('invalid-product', `aisle:set-product: the product could not be put in use`);
      setProductId(product.id);
      return undefined;
    },
    [shop, activateCatalog],
  );

  return { productId, showById, showJsonLd };
}
