import type { Product } from '../../catalog/types.ts';
import type { ProductSearch } from '../../search/product-search.ts';
import { searchTerms } from '../../search/terms.ts';
import { namedProduct } from '../product-lookup.ts';
import type { Lexicon } from './lexicon/index.ts';
import { findPhrases } from './phrases.ts';
import { words } from '../../text/segment.ts';

/** Whether the product's title holds a search term of the text that the other text lacks. */
function titleHolds(product: Product, text: string, other: string): boolean {
  const title = new Set(searchTerms(product.title));
  const others = new Set(searchTerms(other));
  return searchTerms(text).some((term) => title.has(term) && !others.has(term));
}

/** How many words before a product's name an indefinite still belongs to it ("a waterproof rain jacket"). */
const INDEFINITE_REACH = 3;

/**
 * Whether the message asks for one of a kind rather than about the product its words name: an indefinite
 * shortly before the first word of the title it says, with no pointer between ("got a waterproof jacket
 * for the rain?", "need an inner tube", "想买一个保温杯"), where "is the rain jacket waterproof?" and "does
 * it come with a pump?" ask about a product.
 */
export function asksForKind(text: string, product: Product, lexicon: Lexicon): boolean {
  const title = new Set(searchTerms(product.title));
  const list = words(text);
  const first = list.findIndex((word) => searchTerms(word).some((term) => title.has(term)));
  if (first < 0) return false;
  const indefinites = new Set(lexicon.indefinites);
  const pointers = new Set(lexicon.definites);
  for (let at = first - 1; at >= Math.max(0, first - INDEFINITE_REACH); at -= 1) {
    const word = list[at] ?? '';
    if (indefinites.has(word)) return true;
    if (pointers.has(word)) return false;
  }
  return false;
}

/** The message cut at its joining words and commas: "A or B, C" → A, B, C. */
export function joinedSides(text: string, lexicon: Lexicon, keep: Iterable<string> = []): string[] {
  const cuts = findPhrases(text, [...lexicon.compare, ...lexicon.joiners, ',', '，'], keep);
  const sides: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    sides.push(text.slice(from, cut.at));
    from = cut.end;
  }
  sides.push(text.slice(from));
  return sides;
}

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
  const sides = joinedSides(text, lexicon);
  const found: Product[] = [];
  for (let i = 0; i < sides.length; i += 1) {
    let side = sides[i]?.trim() ?? '';
    let product = side.length > 1 ? await namedProduct(search, side) : undefined;
    // A joining word inside a name ("Hoodie with Logo", "Salt and Pepper Mill"): the side goes on
    // across it while a product's title holds the words on both sides.
    for (;;) {
      const cut = cuts[i];
      const next = sides[i + 1]?.trim() ?? '';
      if (!cut || !lexicon.nameJoiners.includes(cut.phrase) || next === '') break;
      const longer = `${side} ${cut.phrase} ${next}`;
      const candidate = await namedProduct(search, longer);
      if (!candidate || !titleHolds(candidate, side, next) || !titleHolds(candidate, next, side)) break;
      side = longer;
      product = candidate;
      i += 1;
    }
    if (product && !found.includes(product)) found.push(product);
  }
  return found;
}
