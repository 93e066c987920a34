import type { Product } from '../../catalog/types.ts';
import type { ProductSearch } from '../../search/product-search.ts';
import { namedProduct } from '../product-lookup.ts';
import type { Lexicon } from './lexicon/index.ts';
import { findPhrases } from './phrases.ts';

/**
 * The products a message names on each side of its joining words: "A or B", "A vs B", "A和B", "compare
 * A with B". Empty unless the message joins at least two parts.
 */
export async function productsNamedApart(
  text: string,
  search: ProductSearch,
  lexicon: Lexicon,
): Promise<Product[]> {
  const cuts = findPhrases(text, [...lexicon.compare, ...lexicon.joiners, ',', '，']);
  if (cuts.length === 0) return [];
  const sides: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    sides.push(text.slice(from, cut.at));
    from = cut.end;
  }
  sides.push(text.slice(from));
  const found: Product[] = [];
  for (const side of sides.map((s) => s.trim()).filter((s) => s.length > 1)) {
    const product = await namedProduct(search, side);
    if (product && !found.includes(product)) found.push(product);
  }
  return found;
}
