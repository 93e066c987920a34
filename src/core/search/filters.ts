import type { Availability, Product } from '../catalog/types.ts';
import { shopperPrice } from '../text/money.ts';

/** Hard constraints: a product either meets all of them or is not shown. */
export interface SearchFilters {
  /** Inclusive bounds on the price a shopper pays (the sale price when on sale, the cheapest variant). */
  minPrice?: number;
  maxPrice?: number;
  /** The amount the shopper named where the bounds are around it ("about $500"): how replies say them. */
  aroundPrice?: number;
  /** Matches when any level of the product's category path equals one of these (case-insensitive). */
  categories?: string[];
  brands?: string[];
  /** Only products that can be bought now (in stock or low stock). */
  inStock?: boolean;
  minRating?: number;
  /** Attribute or variant option name to accepted values, e.g. { Colour: ['Black'] }. */
  attributes?: Record<string, string[]>;
}

export type SortOrder = 'relevance' | 'price-asc' | 'price-desc' | 'rating';

const BUYABLE: ReadonlySet<Availability> = new Set(['in-stock', 'low-stock']);

// The one price definition lives in the text layer; search re-exports it for its callers.
export { shopperPrice };

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
const anyOf = (values: readonly string[], value: string | undefined) =>
  value !== undefined && values.some((wanted) => same(wanted, value));

function attributeValues(product: Product, name: string): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(product.attributes)) if (same(key, name)) values.push(value);
  for (const variant of product.variants)
    for (const [key, value] of Object.entries(variant.options)) if (same(key, name)) values.push(value);
  return values;
}

/** Whether a product meets every filter. A product without a price never meets a price bound. */
export function matchesFilters(product: Product, filters: SearchFilters): boolean {
  if (filters.minPrice !== undefined || filters.maxPrice !== undefined) {
    const price = shopperPrice(product);
    if (!Number.isFinite(price)) return false;
    if (filters.minPrice !== undefined && price < filters.minPrice) return false;
    if (filters.maxPrice !== undefined && price > filters.maxPrice) return false;
  }
  if (filters.categories?.length) {
    const wanted = filters.categories;
    if (!product.categoryPath.some((level) => anyOf(wanted, level))) return false;
  }
  if (filters.brands?.length && !anyOf(filters.brands, product.brand)) return false;
  if (filters.inStock && !BUYABLE.has(product.availability)) return false;
  if (filters.minRating !== undefined && (product.rating?.average ?? 0) < filters.minRating) return false;
  for (const [name, accepted] of Object.entries(filters.attributes ?? {})) {
    if (accepted.length === 0) continue;
    if (!attributeValues(product, name).some((value) => anyOf(accepted, value))) return false;
  }
  return true;
}

/** True when no filter is set. */
export function noFilters(filters: SearchFilters): boolean {
  return !Object.values(filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false,
  );
}

/** Orders products for a sort other than relevance; ties keep their relevance order. */
export function sortProducts<T extends { product: Product }>(items: T[], sort: SortOrder): T[] {
  if (sort === 'relevance') return items;
  const price = (item: T) => {
    const value = shopperPrice(item.product);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const key =
    sort === 'rating'
      ? (item: T) => -(item.product.rating?.average ?? 0)
      : sort === 'price-asc'
        ? price
        : (item: T) => -price(item);
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}
