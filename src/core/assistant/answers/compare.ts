import type { Product, StoreProfile } from '../../catalog/types.ts';
import { shopperPrice } from '../../search/filters.ts';
import { availabilityText, priceText, ratingText } from '../product-facts-block.ts';

/** A side-by-side table built from catalog data only: one column per product, one row per property. */
export interface CompareTable {
  productIds: string[];
  rows: { label: string; values: string[] }[];
}

const MAX_COMPARED = 4;

/** The attribute names at least two of the products share, in the first product's order. */
function sharedAttributes(products: readonly Product[]): string[] {
  const names = products.flatMap((product) => Object.keys(product.attributes));
  return [...new Set(names)].filter((name) => names.filter((other) => other === name).length >= 2);
}

export function compareTable(products: readonly Product[], store: StoreProfile): CompareTable {
  const compared = products.slice(0, MAX_COMPARED);
  const row = (label: string, value: (product: Product) => string | undefined) => ({
    label,
    values: compared.map((product) => value(product) ?? '—'),
  });
  const rows = [
    row('Price', (product) => priceText(product, store)),
    row('Brand', (product) => product.brand),
    row('Rating', (product) => ratingText(product)),
    row('Availability', (product) => availabilityText(product)),
    row('Warranty', (product) => product.policies.warranty),
    row('Returns', (product) => product.policies.returns),
    ...sharedAttributes(compared).map((name) => row(name, (product) => product.attributes[name])),
  ].filter((candidate) => candidate.values.some((value) => value !== '—'));
  return { productIds: compared.map((product) => product.id), rows };
}

/** Two short sentences from the numbers: every price with the cheapest named, and the best rated. */
export function compareSummary(products: readonly Product[], store: StoreProfile): string {
  const compared = products.slice(0, MAX_COMPARED);
  const priced = compared.filter((product) => Number.isFinite(shopperPrice(product)));
  const sentences: string[] = [];
  if (priced.length >= 2) {
    const prices = priced.map((product) => `the ${product.title} ${priceText(product, store)}`);
    const cheapest = priced.reduce((a, b) => (shopperPrice(b) < shopperPrice(a) ? b : a));
    sentences.push(`Prices: ${prices.join(', ')}; the ${cheapest.title} is the cheapest.`);
  }
  const rated = compared.filter((product) => product.rating);
  if (rated.length >= 2) {
    const best = rated.reduce((a, b) => ((b.rating?.average ?? 0) > (a.rating?.average ?? 0) ? b : a));
    sentences.push(`The ${best.title} has the best rating, ${ratingText(best)}.`);
  }
  if (sentences.length === 0) sentences.push('Here they are side by side.');
  return sentences.join(' ');
}
