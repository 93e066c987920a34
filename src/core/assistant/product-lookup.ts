import type { Product } from '../catalog/types.ts';
import type { ProductSearch } from '../search/product-search.ts';
import { searchTerms } from '../search/terms.ts';
import { findNumbers } from '../text/numbers.ts';
import { words } from '../text/segment.ts';

/** Words with a digit ("9", "s10", "128gb") right after a name word give a model: "iPhone 9", "Galaxy S10". */
const MODEL_WORD = /\d/;

/**
 * A word in at most this share of the titles (one to three of them) tells products apart; one in more
 * is a kind of product. In a shop of twenty products, a word in two titles ("table") is a kind.
 */
const DISTINCTIVE_SHARE = 0.05;
const DISTINCTIVE_MAX = 3;

interface TitleWords {
  /** In how many product titles each term occurs. */
  counts: Map<string, number>;
  /** Terms of the catalog's categories: words for a kind of product, never a product's name. */
  kinds: Set<string>;
  /** The products of each brand, by the brand as written. */
  byBrand: Map<string, Product[]>;
  /** Each product's title terms. */
  titles: Map<Product, Set<string>>;
  /** In how many products' whole text (title, description, tags, categories, sheet) each term occurs. */
  mentions: Map<string, number>;
}

const titleWords = new WeakMap<ProductSearch, TitleWords>();

/** The catalog's title word counts and category words, computed once per catalog. */
function titleWordsOf(search: ProductSearch): TitleWords {
  let found = titleWords.get(search);
  if (!found) {
    found = {
      counts: new Map(),
      kinds: new Set(),
      byBrand: new Map(),
      titles: new Map(),
      mentions: new Map(),
    };
    for (const product of search.products) {
      const brand = product.brand?.trim();
      if (brand) found.byBrand.set(brand, [...(found.byBrand.get(brand) ?? []), product]);
      const title = new Set(searchTerms(product.title));
      found.titles.set(product, title);
      for (const word of title) found.counts.set(word, (found.counts.get(word) ?? 0) + 1);
      for (const word of product.categoryPath.flatMap((level) => searchTerms(level))) found.kinds.add(word);
      const text = [product.title, product.description, ...product.tags, ...product.categoryPath];
      const sheet = Object.entries(product.attributes).flat();
      for (const word of new Set(searchTerms([...text, ...sheet].join(' '))))
        found.mentions.set(word, (found.mentions.get(word) ?? 0) + 1);
    }
    titleWords.set(search, found);
  }
  return found;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * Whether a message's terms write a brand: all of it, or all of one of its names where it is written in
 * two scripts ("Le Creuset 酷彩" is written "酷彩" or "Le Creuset").
 */
function writesBrand(brand: string, said: ReadonlySet<string>): boolean {
  const names = [brand, ...(brand.match(/\p{Script=Han}+|[^\s\p{Script=Han}][^\p{Script=Han}]*/gu) ?? [])];
  return names.some((name) => {
    const terms = searchTerms(name);
    return terms.length > 0 && terms.every((term) => said.has(term));
  });
}

/** One Chinese character is part of too many words to show a name was written ("机" of 手机 and 耳机). */
function isEvidence(term: string): boolean {
  return !SINGLE_HAN.test(term);
}

/** A model code: letters and digits in one word ("s2", "k87", "air3"), which names, never describes. */
const MODEL_CODE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]+$/u;

/**
 * A title term that tells a few products apart: rare among titles, and not a category word ("tables").
 * A model code does in up to three titles however small the shop: "S2" of a watch and of its strap.
 */
function isDistinctive(search: ProductSearch, term: string): boolean {
  const words = titleWordsOf(search);
  const limit = MODEL_CODE.test(term)
    ? DISTINCTIVE_MAX
    : Math.min(DISTINCTIVE_MAX, Math.max(1, Math.round(search.products.length * DISTINCTIVE_SHARE)));
  return (words.counts.get(term) ?? 0) <= limit && !words.kinds.has(term);
}

/**
 * A title term no other product's text holds at all, title, description or sheet: a name of its own
 * ("Daytripper", "Air3"), which names the product however little of the rest of its title the message
 * writes. A kind of product is none, even when only one is sold.
 */
function isOwnName(search: ProductSearch, term: string): boolean {
  const { counts, mentions, kinds } = titleWordsOf(search);
  return counts.get(term) === 1 && mentions.get(term) === 1 && !kinds.has(term) && isEvidence(term);
}

/**
 * Model words the message puts right after one of the title's words, e.g. "9" in "is the iphone 9 in
 * stock". Read from the message's words as written, stop words included, so "920 a 2-in-1" gives none.
 */
function modelWordsAfter(message: string, title: ReadonlySet<string>): string[] {
  // A measure or a price ("100% cotton", "12 V", "$50") is not a model number.
  let plain = message;
  for (const n of findNumbers(message))
    if (n.unit !== undefined || n.kind === 'price')
      plain = plain.slice(0, n.start) + ' '.repeat(n.end - n.start) + plain.slice(n.end);
  const written = words(plain);
  return written
    .filter((word, index) => {
      const before = searchTerms(written[index - 1] ?? '')[0];
      return index > 0 && MODEL_WORD.test(word) && before !== undefined && title.has(before);
    })
    .flatMap((word) => searchTerms(word));
}

/** Whether no other product's title has a term of every one of the title word groups. */
function heldOnlyBy(search: ProductSearch, product: Product, groups: readonly string[][]): boolean {
  const { titles } = titleWordsOf(search);
  return ![...titles].some(
    ([other, terms]) => other !== product && groups.every((group) => group.some((term) => terms.has(term))),
  );
}

/** A hyphenated Latin word ("V-Neck", "T-Shirt") is one word of a title, as its search term is. */
const HYPHENATED = /^[\p{Script=Latin}\d]+(?:-[\p{Script=Latin}\d]+)+$/u;

/** A title's words as written, each as its search terms: "Men" is one word with terms "men" and "man". */
function titleGroups(title: string): string[][] {
  return title
    .split(/\s+/)
    .flatMap((piece) => (HYPHENATED.test(piece) ? [piece] : words(piece)))
    .map((word) => searchTerms(word))
    .filter((group) => group.length > 0);
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
  let best:
    | { product: Product; matched: number; by: string; whole: boolean; tied: boolean; share: number }
    | undefined;
  for (const { product } of result.hits) {
    const title = new Set(searchTerms(product.title));
    const brand = new Set(searchTerms(product.brand ?? ''));
    const groups = titleGroups(product.title);
    const nonBrand = groups.filter((group) => !group.every((term) => brand.has(term)));
    const titleWords = nonBrand.length > 0 ? nonBrand : groups;
    if (titleWords.length === 0) continue;
    if (modelWordsAfter(message, title).some((word) => !title.has(word))) continue;
    const matched = titleWords.filter((group) => group.some((term) => said.has(term) && isEvidence(term)));
    const all = matched.length === titleWords.length;
    // Half a title is a name only when the half that matched is distinctive: "sportbike" names the
    // Sportbike Motorcycle, but "shoes" in "running shoes" does not name the Red Shoes.
    const distinctive = matched.some((group) =>
      group.some((term) => said.has(term) && isEvidence(term) && isDistinctive(search, term)),
    );
    const saidWords = words(message).filter((word) => searchTerms(word).length > 0).length;
    // Half the title, or most of what the message says: "jigsaw" alone, or two title words in a short one.
    const enough =
      matched.length / titleWords.length >= 0.5 ||
      (matched.length >= 2 && saidWords <= matched.length + 4) ||
      saidWords <= matched.length;
    // The whole title, or the title without its brand when that still tells it apart ("Pampi Shoes"
    // is not named by "running shoes").
    const wholeTitle = [...title].every((word) => said.has(word));
    // A stretch of the title written as it stands, with a distinctive word in it, names the product
    // however long the rest of its title is ("华为Mate 60 Pro" for "华为 Mate 60 Pro 12GB+512GB 雅丹黑").
    // It spans words of the title: the terms of one Chinese word (宝, 宝宝, 宝) are no stretch of it.
    const run = sharedRun(terms, searchTerms(product.title));
    const runNames =
      run.length >= 3 &&
      groups.filter((group) => group.some((term) => run.includes(term))).length >= 2 &&
      run.some((word) => isDistinctive(search, word));
    // The brand with a distinctive word of the title names its product ("Dell XPS").
    const withBrand = distinctive && writesBrand(product.brand ?? '', said);
    // Words no other title holds all of name their product together ("18v drill driver" beside an
    // 18V impact driver and a hammer drill).
    const together = matched.length >= 2 && heldOnlyBy(search, product, matched);
    const ownName = matched.some((group) => group.some((term) => said.has(term) && isOwnName(search, term)));
    const named =
      wholeTitle ||
      ownName ||
      (all && (matched.length >= 2 || distinctive)) ||
      ((enough || withBrand) && distinctive) ||
      (enough && together) ||
      runNames;
    const exactly = wholeTitle || (all && (matched.length >= 2 || distinctive));
    // Of the products named, the one whose title the message writes most of: "Hoodie with Logo"
    // names that hoodie, not the plain Hoodie whose one word it also writes.
    if (!(options.exact ? exactly : named)) continue;
    // The message's words that matched, to tell a shared title word ("blender" of two blenders) apart.
    const by = [...new Set(matched.flat().filter((term) => said.has(term)))].sort().join(' ');
    // Of two named by the same words, the one they write more of: the watch "S2" names, not its strap
    // ("Watch S2 Strap 22mm"), whose title goes on about something else.
    const share = matched.length / titleWords.length;
    if (matched.length > (best?.matched ?? 0))
      best = { product, matched: matched.length, by, whole: wholeTitle, tied: false, share };
    else if (best && matched.length === best.matched && by === best.by && !wholeTitle) {
      if (share > best.share)
        best = { product, matched: matched.length, by, whole: false, tied: false, share };
      else if (share === best.share) best.tied = true;
    }
  }
  // "A blender" where two titles say Blender names neither: the message is about the kind, not one product.
  if (best) return best.tied && !best.whole ? undefined : best.product;
  return options.exact ? undefined : oneOfBrand(search, said);
}

/**
 * The one product of a brand the message writes that the rest of the message fits: the catalog's only
 * product of that brand, or the only one of several whose own words hold the kind the message names
 * ("苏泊尔的电饭煲" of a brand that also makes woks). None when the message names a kind of product it is
 * not, or fits several.
 */
function oneOfBrand(search: ProductSearch, said: ReadonlySet<string>): Product | undefined {
  const { byBrand, counts, kinds } = titleWordsOf(search);
  for (const [brand, products] of byBrand) {
    if (!writesBrand(brand, said)) continue;
    const fitting = products.filter((product) => {
      // The product's own words include what its sheet names ("美的电饭煲容量多大" asks its 容量); one
      // Chinese character is no word of another product ("大" of 大豆).
      const attributes = Object.entries(product.attributes).flat();
      const own = new Set(
        searchTerms([product.title, ...product.categoryPath, ...product.tags, ...attributes].join(' ')),
      );
      return ![...said].some(
        (term) => isEvidence(term) && (counts.has(term) || kinds.has(term)) && !own.has(term),
      );
    });
    if (fitting.length === 1) return fitting[0];
  }
  return undefined;
}
