import type { Product } from '../../catalog/types.ts';
import type { SearchFilters, SortOrder } from '../../search/filters.ts';
import { terms } from '../../text/segment.ts';
import type { FlowContext } from './context.ts';

/**
 * One line on why a product was picked, from what it matched: the query words found in its category
 * or brand, the price bound it meets, its stock and its rating.
 */
export function reasonFor(
  context: FlowContext,
  product: Product,
  query: string,
  filters: SearchFilters,
): string {
  const { say, facts } = context;
  const parts: string[] = [];
  const wanted = new Set(terms(query));
  const category = product.categoryPath.at(-1);
  if (category && terms(category).some((term) => wanted.has(term))) parts.push(category);
  if (product.brand && terms(product.brand).some((term) => wanted.has(term))) parts.push(product.brand);
  if (filters.maxPrice !== undefined) parts.push(say.under(facts.roundMoney(filters.maxPrice)));
  else if (filters.minPrice !== undefined) parts.push(say.over(facts.roundMoney(filters.minPrice)));
  if (product.availability === 'in-stock' || product.availability === 'low-stock') parts.push(say.inStock);
  if (product.rating && product.rating.average >= 4)
    parts.push(say.ratedShort(product.rating.average.toFixed(1)));
  return parts.length > 0 ? parts.join(say.reasonSeparator) : (category ?? say.matchesSearch);
}

/** The constraints a search applied, in words: "under $1,500", "in stock", "cheapest first". */
export function constraintWords(context: FlowContext, filters: SearchFilters, sort: SortOrder): string[] {
  const { say, facts } = context;
  const money = (amount: number) => facts.roundMoney(amount);
  const words: string[] = [];
  const { minPrice, maxPrice, aroundPrice } = filters;
  // "About $500" is said as the shopper said it, not as the bounds read around it.
  if (aroundPrice !== undefined) words.push(say.around(money(aroundPrice)));
  else if (minPrice !== undefined && maxPrice !== undefined)
    words.push(say.between(money(minPrice), money(maxPrice)));
  else if (maxPrice !== undefined) words.push(say.upTo(money(maxPrice)));
  else if (minPrice !== undefined) words.push(say.fromAmount(money(minPrice)));
  if (filters.inStock) words.push(say.inStock);
  if (filters.minRating !== undefined) words.push(say.ratedAtLeast(filters.minRating));
  if (sort !== 'relevance') words.push(say.sortNames[sort]);
  return words;
}
