import type { Locale } from '../../../../i18n/locale.ts';

/**
 * The closed-class words of one language that understanding cannot read from the catalog: the words
 * that point back at products, ordinals and counts, comparatives, negation and conversational openers.
 * Everything open-class (product kinds, brands, attribute names, colours, policies) comes from the
 * catalog and the store profile, and intents are matched by meaning against the exemplar files.
 */
export interface Lexicon {
  locale: Locale;
  /** Openers and closers that carry no request: "hello", "thanks", "你好". */
  greetings: string[];
  /** Words that point at the product in view or the single one just shown: "it", "this one", "这个". */
  deictics: string[];
  /** Words that point at all the products just shown: "them", "these", "它们". */
  collectives: string[];
  /** Words that add nothing to a follow-up: "and", "what about", "呢". */
  fillers: string[];
  /** Words that stand in for a product's name: "the cheap one", "那款". */
  /** Words after which a request says what a product is for ("a gift for my mother"), not what it is. */
  purposes: string[];
  /** Words asking which of the products shown: "which one's cheaper?" picks one of them. */
  which: string[];
  placeholders: string[];
  /** Words that ask for any one of a kind ("a", "any", "一款"): "got a rain jacket?" asks what the shop has. */
  indefinites: string[];
  /** Words that point at one known thing ("the", "this", "my"), ending an indefinite's reach. */
  definites: string[];
  /** "both", "the two": the first two shown. */
  pairs: string[];
  /** Ordinal words to positions (1-based); "last" is -1. */
  ordinals: Record<string, number>;
  /** Small number words to numbers, for "the two cheapest", "前两个". */
  counts: Record<string, number>;
  /** Lower or higher price than the product referred to. */
  cheaper: string[];
  pricier: string[];
  /** Superlatives that pick among products: by lowest price, highest price, best rating. */
  cheapest: string[];
  priciest: string[];
  bestRated: string[];
  /** Words that ask for a side-by-side comparison. */
  compare: string[];
  /** Comparatives and superlatives of amount ("lighter", "lasts longer", "更轻"): which way a comparison looks. */
  more: string[];
  less: string[];
  /** The superlatives among them ("brightest", "最轻"): a search for the one with the most or least. */
  superlatives: string[];
  /** Words asking what reviewers hold against a product ("any complaints?", "有什么缺点"). */
  complaints: string[];
  /** Words that ask for products on sale. */
  onSale: string[];
  /** Words asking for other products than those shown: "any other rice cookers?", "还有别的电饭煲吗". */
  others: string[];
  /** Words that turn a statement around. */
  negation: string[];
  /** Words that open a yes/no question. */
  yesNoOpeners: string[];
  /** Words that say "your store" rather than a product. */
  storeWords: string[];
  /** Words that join the names of two products: "A or B", "A vs B", "A和B". */
  joiners: string[];
  /** Joining words that can stand inside a product's name ("Hoodie with Logo"); "or" never does. */
  nameJoiners: string[];
  /** Names of the variant options or attributes that hold a size. */
  sizeOptions: string[];
  /** Names of the variant options or attributes that hold a colour. */
  colourOptions: string[];
  /** Colour words: only those also found in the catalog's own text are ever used. */
  colours: string[];
  /** Names of the attributes that hold what a product is made of. */
  materialOptions: string[];
  /** Words for materials ("leather", "陶瓷"), read from a product's own text when no attribute names one. */
  materials: string[];
}
