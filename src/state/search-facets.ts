import type { Availability, Product } from '../core/catalog/index.ts';
import { shopperPrice, type SearchFilters } from '../core/search/index.ts';

/** A price range offered as a chip: `from` ≤ price < `to`; an open end is absent. */
export interface PriceBucket {
  from?: number;
  to?: number;
}

/** The filter chips a result list offers, computed from the products it found. */
export interface SearchFacets {
  priceBuckets: PriceBucket[];
  /** The most common brands among the results, most common first. */
  brands: string[];
  /** True when some results cannot be bought now, so "in stock only" would change the list. */
  someUnavailable: boolean;
}

export const noFacets: SearchFacets = { priceBuckets: [], brands: [], someUnavailable: false };

const MAX_BRANDS = 6;
/** Price bounds are inclusive; a bucket ends one cent below the next one's start so none overlap. */
const SMALLEST_STEP = 0.01;
const BUYABLE: ReadonlySet<Availability> = new Set(['in-stock', 'low-stock']);

/** The nearest round amount a shopper reads at a glance: 1, 2, 2.5 or 5 times a power of ten. */
export function roundAmount(value: number): number {
  if (!(value > 0)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  const fraction = value / magnitude;
  const nearest = steps.reduce((best, step) =>
    Math.abs(step - fraction) < Math.abs(best - fraction) ? step : best,
  );
  return nearest * magnitude;
}

/** Up to four price ranges that split these prices at round amounts; none when one range would do. */
export function priceBuckets(prices: readonly number[]): PriceBucket[] {
  const sorted = prices.filter((price) => Number.isFinite(price)).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const quantiles = sorted.length >= 8 ? [0.25, 0.5, 0.75] : [0.5];
  const cuts = [...new Set(quantiles.map((q) => roundAmount(sorted[Math.floor(q * sorted.length)] ?? 0)))]
    // Each cut must leave products on both sides.
    .filter((cut) => sorted.some((price) => price < cut) && sorted.some((price) => price >= cut))
    .sort((a, b) => a - b);
  const edges = [undefined, ...cuts, undefined];
  const buckets: PriceBucket[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const bucket: PriceBucket = {};
    const from = edges[i];
    const to = edges[i + 1];
    if (from !== undefined) bucket.from = from;
    if (to !== undefined) bucket.to = to;
    if (sorted.some((price) => inBucket(price, bucket))) buckets.push(bucket);
  }
  return buckets.length >= 2 ? buckets : [];
}

function inBucket(price: number, bucket: PriceBucket): boolean {
  return (
    (bucket.from === undefined || price >= bucket.from) && (bucket.to === undefined || price < bucket.to)
  );
}

/** The exact filters for a bucket. Absent bounds stay absent, so a bound typed in the query still applies. */
export function bucketFilters(bucket: PriceBucket): Pick<SearchFilters, 'minPrice' | 'maxPrice'> {
  const filters: Pick<SearchFilters, 'minPrice' | 'maxPrice'> = {};
  if (bucket.from !== undefined) filters.minPrice = bucket.from;
  // Rounded back to cents: 2.5 - 0.01 in floating point is just below 2.49 and would drop a 2.49 product.
  if (bucket.to !== undefined) filters.maxPrice = Number((bucket.to - SMALLEST_STEP).toFixed(2));
  return filters;
}

/** The chips a shopper has tapped for a query. */
export interface ChipSelection {
  price?: PriceBucket;
  brand?: string;
  inStock?: boolean;
}

export function sameBucket(a: PriceBucket | undefined, b: PriceBucket): boolean {
  return a !== undefined && a.from === b.from && a.to === b.to;
}

export function anyChip(chips: ChipSelection): boolean {
  return chips.price !== undefined || chips.brand !== undefined || chips.inStock === true;
}

/** The exact search filters the tapped chips stand for. */
export function chipFilters(chips: ChipSelection): SearchFilters {
  const filters: SearchFilters = chips.price ? bucketFilters(chips.price) : {};
  if (chips.brand !== undefined) filters.brands = [chips.brand];
  if (chips.inStock) filters.inStock = true;
  return filters;
}

/** The chips for a list of found products. */
export function searchFacets(products: readonly Product[]): SearchFacets {
  const brandCounts = new Map<string, number>();
  for (const product of products)
    if (product.brand) brandCounts.set(product.brand, (brandCounts.get(product.brand) ?? 0) + 1);
  const brands = [...brandCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_BRANDS)
    .map(([brand]) => brand);
  return {
    priceBuckets: priceBuckets(products.map(shopperPrice)),
    // One brand is no choice at all.
    brands: brands.length >= 2 ? brands : [],
    someUnavailable: products.some((product) => !BUYABLE.has(product.availability)),
  };
}
