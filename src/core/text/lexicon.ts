/**
 * The closed-class words the text layer reads, one lexicon per locale (lexicon-en.ts, lexicon-zh.ts):
 * price limits, ranges, sort orders, currencies, units and spelled-out numbers. Everything a catalog can
 * tell (brands, categories, colours) is read from the catalog instead.
 */
export interface TextLexicon {
  locale: 'en' | 'zh';
  /** Whether the words are separated by spaces (English), so matches need word boundaries. */
  spaced: boolean;
  /** Before an amount, making it an upper limit: "under $50", "不超过500元". */
  maxBefore: readonly string[];
  /** After an amount, making it an upper limit: "$50 or less", "500元以下". */
  maxAfter: readonly string[];
  minBefore: readonly string[];
  minAfter: readonly string[];
  /** An approximate amount: "around $500", "500元左右". */
  aboutBefore: readonly string[];
  aboutAfter: readonly string[];
  /** Words that open a range ("between", "从") or close it ("之间"), and that join its two ends. */
  rangeBefore: readonly string[];
  rangeJoin: readonly string[];
  rangeAfter: readonly string[];
  /** Currency words to an ISO code, or to '$' / '¥' where the sign alone does not say which. */
  currencyBefore: Readonly<Record<string, string>>;
  currencyAfter: Readonly<Record<string, string>>;
  /** Spelled-out units to the canonical unit of units.ts. */
  units: Readonly<Record<string, string>>;
  /** Spelled-out numbers; read only with a unit after them ("two-year", "三年"). */
  numberWords: Readonly<Record<string, number>>;
  /** Sort phrases. */
  cheapest: readonly string[];
  priciest: readonly string[];
  bestRated: readonly string[];
  /** Phrases asking for well-reviewed products (4 stars and up) without sorting by rating. */
  wellRated: readonly string[];
  /** Phrases asking only for products that can be bought now. */
  inStock: readonly string[];
  /** Words that make a sentence speak of the regular price, not the price at the till ("was $10"). */
  regularPrice: readonly string[];
}
