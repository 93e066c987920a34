import type { CatalogSource } from '../state/catalog-source.ts';

/** The catalog shipped with the build and its prebuilt search index, served beside the app. */
export const SHIPPED_CATALOG: CatalogSource = {
  url: `${import.meta.env.BASE_URL}catalog/catalog.json`,
  indexFolder: `${import.meta.env.BASE_URL}catalog/`,
};
