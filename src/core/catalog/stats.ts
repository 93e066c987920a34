import type { Catalog } from './types.ts';

export interface CatalogStats {
  products: number;
  /** Variants across all products (a product without options counts none). */
  variants: number;
  categories: number;
  brands: number;
  reviews: number;
}

/** Counts by top-level category (the first element of each category path). */
export function categoryCounts(catalog: Catalog): Map<string, number> {
  const counts = new Map<string, number>();
  for (const product of catalog.products) {
    const top = product.categoryPath[0];
    if (top !== undefined) counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return counts;
}

export function catalogStats(catalog: Catalog): CatalogStats {
  const brands = new Set(catalog.products.map((p) => p.brand).filter(Boolean));
  return {
    products: catalog.products.length,
    variants: catalog.products.reduce((sum, p) => sum + p.variants.length, 0),
    categories: categoryCounts(catalog).size,
    brands: brands.size,
    reviews: catalog.products.reduce((sum, p) => sum + p.reviews.length, 0),
  };
}
