import type { Product } from '../catalog/types.ts';
import type { ProductSearch } from '../search/product-search.ts';
import { searchTerms } from '../search/terms.ts';

/** Words with a digit ("9", "s10", "128gb") right after a name word give a model: "iPhone 9", "Galaxy S10". */
const MODEL_WORD = /\d/;

/** Model words the message puts after one of the title's words, e.g. "9" in "is the iphone 9 in stock". */
function modelWordsAfter(terms: readonly string[], title: ReadonlySet<string>): string[] {
  return terms.filter(
    (term, index) => index > 0 && MODEL_WORD.test(term) && title.has(terms[index - 1] ?? ''),
  );
}

/**
 * The catalog product a message names, if it names one: the best lexical match whose title words are
 * mostly in the message and which carries every model number the message gives ("iPhone 9" does not
 * match an "iPhone X"). Undefined when the message names no product the catalog has.
 */
export async function namedProduct(search: ProductSearch, message: string): Promise<Product | undefined> {
  const terms = searchTerms(message);
  const said = new Set(terms);
  if (said.size === 0) return undefined;
  const result = await search.search(message, { k: 5, mode: 'lexical', parse: false });
  for (const { product } of result.hits) {
    const title = new Set(searchTerms(product.title));
    const brand = new Set(searchTerms(product.brand ?? ''));
    const titleWords = [...title].filter((word) => !brand.has(word) || title.size === brand.size);
    if (titleWords.length === 0) continue;
    if (modelWordsAfter(terms, title).some((word) => !title.has(word))) continue;
    const matched = titleWords.filter((word) => said.has(word)).length;
    if (matched / titleWords.length >= 0.5 || (matched >= 2 && said.size <= matched + 4)) return product;
  }
  return undefined;
}

/** Question words around a product's name: "is the iphone 9 in stock?" names "iphone 9". */
const SCAFFOLD =
  /\b(is|are|the|a|an|do|does|you|have|has|got|how|much|what|whats|what's|when|which|can|i|buy|get|sell|of|for|it|in stock|available|price|cost|costs|there|any|your|please|tell|me|about|still|will|be)\b|[?!.,]/gi;

/** The product name a question asks about, for an answer that says the catalog lacks it. */
export function askedName(message: string): string {
  return message.replace(SCAFFOLD, ' ').replace(/\s+/g, ' ').trim();
}
