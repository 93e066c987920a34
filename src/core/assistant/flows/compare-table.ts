import type { AssistantMessages } from '../../../i18n/en/assistant.ts';
import type { Product } from '../../catalog/types.ts';
import { shopperPrice } from '../../text/money.ts';
import type { ProductText } from './product-text.ts';

/** A side-by-side table built from catalog data only: one column per product, one row per property. */
export interface CompareTable {
  productIds: string[];
  rows: { label: string; values: string[] }[];
}

export const MAX_COMPARED = 4;

/** The attribute names at least two of the products share, in the first product's order. */
function sharedAttributes(products: readonly Product[]): string[] {
  const names = products.flatMap((product) => Object.keys(product.attributes));
  return [...new Set(names)].filter((name) => names.filter((other) => other === name).length >= 2);
}

export function compareTable(
  products: readonly Product[],
  say: AssistantMessages,
  facts: ProductText,
): CompareTable {
  const compared = products.slice(0, MAX_COMPARED);
  const row = (label: string, value: (product: Product) => string | undefined) => ({
    label,
    values: compared.map((product) => value(product) ?? '—'),
  });
  const labels = say.compareRows;
  const rows = [
    row(labels.price, (product) => facts.price(product)),
    row(labels.brand, (product) => product.brand),
    row(labels.rating, (product) => facts.rating(product)),
    row(labels.availability, (product) => facts.availability(product)),
    row(labels.warranty, (product) => product.policies.warranty),
    row(labels.returns, (product) => product.policies.returns),
    ...sharedAttributes(compared).map((name) => row(name, (product) => product.attributes[name])),
  ].filter((candidate) => candidate.values.some((value) => value !== '—'));
  return { productIds: compared.map((product) => product.id), rows };
}

/** Two short sentences from the numbers: every price with the cheapest named, and the best rated. */
export function compareSummary(
  products: readonly Product[],
  say: AssistantMessages,
  facts: ProductText,
): string {
  const compared = products.slice(0, MAX_COMPARED);
  const priced = compared.filter((product) => Number.isFinite(shopperPrice(product)));
  const sentences: string[] = [];
  if (priced.length >= 2) {
    const prices = priced.map((product) => say.comparePrice(product.title, facts.price(product)));
    const cheapest = priced.reduce((a, b) => (shopperPrice(b) < shopperPrice(a) ? b : a));
    sentences.push(say.comparePrices(prices, cheapest.title));
  }
  const rated = compared.filter((product) => product.rating);
  if (rated.length >= 2) {
    const best = rated.reduce((a, b) => ((b.rating?.average ?? 0) > (a.rating?.average ?? 0) ? b : a));
    sentences.push(say.compareBestRated(best.title, facts.rating(best) ?? ''));
  }
  if (sentences.length === 0) sentences.push(say.compareSideBySide);
  return sentences.join(' ');
}
