import type { Catalog } from '../../catalog/types.ts';
import type { Lexicon } from './lexicon/index.ts';
import { searchTerms } from '../../search/terms.ts';
import { terms as matchTerms, words } from '../../text/segment.ts';

/** What one catalog's own text says: the words shoppers can name products by, and its colours. */
export interface Vocabulary {
  /** Terms of titles, brands, categories and tags. */
  terms: ReadonlySet<string>;
  /** Terms of the store's own text (its FAQ, policies, hours): words spelling repair leaves alone. */
  storeTerms: ReadonlySet<string>;
  /** The catalog's brands, by their lower-cased names. */
  brands: ReadonlyMap<string, string>;
  /** Search terms of titles, categories and tags (synonyms included): the kinds of product it sells. */
  kinds: ReadonlySet<string>;
  /** Search terms of all of the catalog's product text: every word a product is described with. */
  mentioned: ReadonlySet<string>;
  /** Whether some word of the catalog's product text starts with the term ("garden" of "gardening"). */
  mentionsPrefix: (term: string) => boolean;
  /** Colours the catalog has: colour option values, and the lexicon's colour words found in its text. */
  colours: ReadonlySet<string>;
  /**
   * Chinese words the catalog writes (brands, categories, tags, title words of two or more characters):
   * a closed-class character inside one is part of the name (的 of 美的, 台 of 台灯).
   */
  chineseWords: ReadonlySet<string>;
  /** The Chinese category and product-type names the catalog files products under, written whole (绿茶). */
  chineseCategories: ReadonlySet<string>;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

const built = new WeakMap<Catalog, Map<string, Vocabulary>>();

function read(catalog: Catalog, lexicon: Lexicon): Vocabulary {
  const terms = new Set<string>();
  const brands = new Map<string, string>();
  const colours = new Set<string>();
  const mentioned = new Set<string>();
  const kinds = new Set<string>();
  const chineseWords = new Set<string>();
  const chineseCategories = new Set<string>();
  const optionNames = new Set(lexicon.colourOptions.map((name) => name.toLowerCase()));
  for (const product of catalog.products) {
    const text = [product.title, product.brand ?? '', ...product.categoryPath, ...product.tags].join(' ');
    for (const term of matchTerms(text)) terms.add(term);
    for (const term of searchTerms(text)) kinds.add(term);
    if (product.brand) brands.set(product.brand.toLowerCase(), product.brand);
    // Names written whole (a brand, a category, a tag) and the segmenter's words of titles.
    for (const name of [product.brand ?? '', ...product.categoryPath, ...product.tags])
      for (const run of name.match(HAN_RUN) ?? []) chineseWords.add(run);
    for (const name of product.categoryPath)
      for (const run of name.match(HAN_RUN) ?? []) chineseCategories.add(run);
    for (const word of words(product.title)) if (/^\p{Script=Han}{2,}$/u.test(word)) chineseWords.add(word);
    const options = [
      ...product.variants.flatMap((v) => Object.entries(v.options)),
      ...Object.entries(product.attributes),
    ];
    for (const [name, value] of options)
      if (optionNames.has(name.toLowerCase())) colours.add(value.toLowerCase());
    const described = [text, product.description, ...(product.highlights ?? []), ...options.flat()];
    for (const term of searchTerms(described.join(' '))) mentioned.add(term);
  }
  const allText = [...terms].join(' ');
  for (const colour of lexicon.colours) if (allText.includes(colour)) colours.add(colour);
  const sorted = [...mentioned].sort();
  const mentionsPrefix = (term: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] ?? '') < term) low = middle + 1;
      else high = middle;
    }
    return (sorted[low] ?? '').startsWith(term);
  };
  const { store } = catalog;
  const storeText = [
    ...store.faq.flatMap((entry) => [entry.question, entry.answer]),
    store.returnPolicy,
    store.warrantyPolicy,
    store.shippingPolicy,
    store.openingHours,
  ];
  const storeTerms = new Set(matchTerms(storeText.filter(Boolean).join(' ')));
  return {
    terms,
    storeTerms,
    brands,
    kinds,
    mentioned,
    mentionsPrefix,
    colours,
    chineseWords,
    chineseCategories,
  };
}

/** The catalog's vocabulary in one language's terms, read once per catalog. */
export function vocabularyOf(catalog: Catalog, lexicon: Lexicon): Vocabulary {
  let byLocale = built.get(catalog);
  if (!byLocale) {
    byLocale = new Map();
    built.set(catalog, byLocale);
  }
  let vocabulary = byLocale.get(lexicon.locale);
  if (!vocabulary) {
    vocabulary = read(catalog, lexicon);
    byLocale.set(lexicon.locale, vocabulary);
  }
  return vocabulary;
}
