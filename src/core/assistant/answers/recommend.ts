import { formatPrice } from '../../catalog/money.ts';
import type { Product, StoreProfile } from '../../catalog/types.ts';
import type { SearchFilters, SortOrder } from '../../search/filters.ts';
import { searchTerms } from '../../search/terms.ts';
import { priceText } from '../product-facts-block.ts';

/**
 * One line on why a product was picked, from what it matched: the query words found in its title,
 * category or brand, the price bound it meets, its stock and its rating.
 */
export function reasonFor(
  product: Product,
  query: string,
  filters: SearchFilters,
  store: StoreProfile,
): string {
  const parts: string[] = [];
  const wanted = new Set(searchTerms(query));
  const category = product.categoryPath.at(-1);
  const categoryTerms = category ? searchTerms(category) : [];
  if (category && categoryTerms.some((term) => wanted.has(term))) parts.push(category);
  if (product.brand && searchTerms(product.brand).some((term) => wanted.has(term))) parts.push(product.brand);
  if (filters.maxPrice !== undefined) parts.push(`under ${roundMoney(filters.maxPrice, store)}`);
  else if (filters.minPrice !== undefined) parts.push(`over ${roundMoney(filters.minPrice, store)}`);
  if (product.availability === 'in-stock' || product.availability === 'low-stock') parts.push('in stock');
  if (product.rating && product.rating.average >= 4) parts.push(`rated ${product.rating.average.toFixed(1)}`);
  return parts.length > 0 ? parts.join(' · ') : (category ?? 'matches your search');
}

/** A bound as shoppers say it: "$1,500", not "$1,500.00". */
function roundMoney(amount: number, store: StoreProfile): string {
  return formatPrice(amount, store.currency, store.locale).replace(/\.00$/, '');
}

/** The constraints a search applied, in words: "under $1,500", "in stock", "cheapest first". */
export function constraintWords(filters: SearchFilters, sort: SortOrder, store: StoreProfile): string[] {
  const money = (amount: number) => roundMoney(amount, store);
  const words: string[] = [];
  const { minPrice, maxPrice } = filters;
  if (minPrice !== undefined && maxPrice !== undefined)
    words.push(`${money(minPrice)} to ${money(maxPrice)}`);
  else if (maxPrice !== undefined) words.push(`up to ${money(maxPrice)}`);
  else if (minPrice !== undefined) words.push(`from ${money(minPrice)}`);
  if (filters.inStock) words.push('in stock');
  if (filters.minRating !== undefined) words.push(`rated ${filters.minRating} or more`);
  if (sort === 'price-asc') words.push('cheapest first');
  if (sort === 'price-desc') words.push('most expensive first');
  if (sort === 'rating') words.push('best rated first');
  return words;
}

/** The template answer that introduces the product cards. */
export function recommendationText(
  products: readonly Product[],
  constraints: string[],
  store: StoreProfile,
): string {
  const [first] = products;
  if (!first) return '';
  const count = products.length === 1 ? 'one match' : `${products.length} good matches`;
  const bound = constraints.length > 0 ? ` (${constraints.join(', ')})` : '';
  const unavailable = first.availability === 'out-of-stock' ? ', but it is out of stock at the moment' : '';
  return `I found ${count}${bound}. The top one is the ${first.title} at ${priceText(first, store)}${unavailable}.`;
}
