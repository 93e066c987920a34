import type { Product } from '../catalog/types.ts';
import type { ProductSearch } from '../search/product-search.ts';
import { searchTerms } from '../search/terms.ts';

/** Words with a digit ("9", "s10", "128gb") right after a name word give a model: "iPhone 9", "Galaxy S10". */
const MODEL_WORD = /\d/;

/** A word in at most this many titles tells products apart; one in more is a kind of product. */
const DISTINCTIVE_TITLES = 3;

const frequencies = new WeakMap<ProductSearch, Map<string, number>>();

/** In how many product titles each word occurs, per catalog (computed once). */
function titleFrequency(search: ProductSearch): Map<string, number> {
  let counts = frequencies.get(search);
  if (!counts) {
    counts = new Map();
    for (const product of search.products)
      for (const word of new Set(searchTerms(product.title))) counts.set(word, (counts.get(word) ?? 0) + 1);
    frequencies.set(search, counts);
  }
  return counts;
}

/** Model words the message puts after one of the title's words, e.g. "9" in "is the iphone 9 in stock". */
function modelWordsAfter(terms: readonly string[], title: ReadonlySet<string>): string[] {
  return terms.filter(
    (term, index) => index > 0 && MODEL_WORD.test(term) && title.has(terms[index - 1] ?? ''),
  );
}

/** The longest run of words the message and the title share in the same order ("mate 60 pro"). */
function sharedRun(message: readonly string[], title: readonly string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < message.length; i += 1)
    for (let j = 0; j < title.length; j += 1) {
      let length = 0;
      while (message[i + length] !== undefined && message[i + length] === title[j + length]) length += 1;
      if (length > best.length) best = message.slice(i, i + length);
    }
  return best;
}

/**
 * The catalog product a message names, if it names one (with `exact`, by every word of its title but
 * the brand): the best lexical match whose title words are
 * mostly in the message and which carries every model number the message gives ("iPhone 9" does not
 * match an "iPhone X"). Undefined when the message names no product the catalog has.
 */
export async function namedProduct(
  search: ProductSearch,
  message: string,
  options: { exact?: boolean } = {},
): Promise<Product | undefined> {
  const terms = searchTerms(message);
  const said = new Set(terms);
  if (said.size === 0) return undefined;
  const result = await search.search(message, { k: 10, mode: 'lexical', parse: false });
  for (const { product } of result.hits) {
    const title = new Set(searchTerms(product.title));
    const brand = new Set(searchTerms(product.brand ?? ''));
    const titleWords = [...title].filter((word) => !brand.has(word) || title.size === brand.size);
    if (titleWords.length === 0) continue;
    if (modelWordsAfter(terms, title).some((word) => !title.has(word))) continue;
    const matched = titleWords.filter((word) => said.has(word));
    const all = matched.length === titleWords.length;
    // Half a title is a name only when the half that matched is distinctive: "sportbike" names the
    // Sportbike Motorcycle, but "shoes" in "running shoes" does not name the Red Shoes.
    const distinctive = matched.some((word) => (titleFrequency(search).get(word) ?? 0) <= DISTINCTIVE_TITLES);
    const enough =
      matched.length / titleWords.length >= 0.5 || (matched.length >= 2 && said.size <= matched.length + 4);
    // The whole title, or the title without its brand when that still tells it apart ("Pampi Shoes"
    // is not named by "running shoes").
    const wholeTitle = [...title].every((word) => said.has(word));
    // A stretch of the title written as it stands, with a distinctive word in it, names the product
    // however long the rest of its title is ("华为Mate 60 Pro" for "华为 Mate 60 Pro 12GB+512GB 雅丹黑").
    const run = sharedRun(terms, searchTerms(product.title));
    const runNames =
      run.length >= 3 && run.some((word) => (titleFrequency(search).get(word) ?? 0) <= DISTINCTIVE_TITLES);
    const named =
      wholeTitle || (all && (matched.length >= 2 || distinctive)) || (enough && distinctive) || runNames;
    const exactly = wholeTitle || (all && (matched.length >= 2 || distinctive));
    if (options.exact ? exactly : named) return product;
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
