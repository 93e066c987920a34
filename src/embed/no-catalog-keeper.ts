import type { CatalogKeeper } from '../state/catalog-keeper.ts';

/**
 * The widget keeps nothing: it always answers from the store's published catalog. (In an iframe its
 * storage is partitioned per host site anyway, so a kiosk's kept catalog would never be seen there.)
 */
export const noCatalogKeeper: CatalogKeeper = {
  load: async () => undefined,
  save: async () => undefined,
  forget: async () => undefined,
  loadStoreProfile: async () => undefined,
  saveStoreProfile: async () => undefined,
};
