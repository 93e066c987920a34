import type { Availability } from './types.ts';

const LOW_STOCK_THRESHOLD = 5;

/** Reads the many ways shop systems spell availability ("In Stock", "instock", true, "onbackorder"...). */
export function parseAvailability(value: unknown): Availability | undefined {
  if (typeof value === 'boolean') return value ? 'in-stock' : 'out-of-stock';
  if (typeof value !== 'string') return undefined;
  const key = value
    .toLowerCase()
    .replace(/^https?:\/\/schema\.org\//, '')
    .replace(/[^a-z]/g, '');
  if (['instock', 'available', 'yes', 'true', 'onlineonly', 'instoreonly'].includes(key)) return 'in-stock';
  if (['lowstock', 'limitedavailability', 'fewleft'].includes(key)) return 'low-stock';
  if (['outofstock', 'soldout', 'unavailable', 'no', 'false', 'discontinued'].includes(key))
    return 'out-of-stock';
  if (['preorder', 'presale', 'onbackorder', 'backorder', 'backordered'].includes(key)) return 'preorder';
  return undefined;
}

/** Availability from a stock count when the source states none. */
export function availabilityFromStock(stock: number | undefined): Availability {
  if (stock === undefined) return 'unknown';
  if (stock <= 0) return 'out-of-stock';
  return stock <= LOW_STOCK_THRESHOLD ? 'low-stock' : 'in-stock';
}

const RANK: Availability[] = ['in-stock', 'low-stock', 'preorder', 'out-of-stock', 'unknown'];

/** A product with variants is as available as its best variant; unknown only when every variant is. */
export function combinedAvailability(parts: Availability[]): Availability {
  const known = parts.filter((a) => a !== 'unknown');
  if (known.length === 0) return 'unknown';
  return known.reduce((best, a) => (RANK.indexOf(a) < RANK.indexOf(best) ? a : best));
}
