import type { Locale } from '../../../i18n/locale.ts';
import type { TopicName } from '../../../i18n/en/assistant.ts';
import type { FaqEntry, Product, Variant } from '../../catalog/types.ts';
import type { ParsedQuery } from '../../search/query-constraints.ts';
import type { SearchFilters, SortOrder } from '../../search/filters.ts';

/** What the shopper wants from one message; the dispatcher picks the flow from it. */
export type Intent =
  'product-question' | 'find' | 'compare' | 'describe' | 'reviews' | 'store-info' | 'greeting' | 'off-topic';

/** What a product or store question is about. */
export type Topic = Exclude<TopicName, 'details'>;

/** The topics a product can state its own terms for, and the store states for all. */
export type PolicyTopic = 'returns' | 'warranty' | 'shipping';

export function isPolicyTopic(topic: Topic | undefined): topic is PolicyTopic {
  return topic === 'returns' || topic === 'warranty' || topic === 'shipping';
}

/** "the two cheapest", "the best rated one": products picked from a list by an order. */
export interface Pick {
  count: number;
  order: SortOrder;
}

/** How a follow-up such as "cheaper?" or "any in black?" changes the previous search. */
export interface Refinement {
  /** Relative to this product's price. */
  cheaperThan?: Product;
  pricierThan?: Product;
  /** A colour the products must show in their own text. */
  colour?: string;
  onSale?: boolean;
  /** The kind of product the follow-up names to look in ("got a cheaper power tool?"), as search words. */
  kind?: string;
  filters: SearchFilters;
}

/**
 * One message, understood once: every later step (retrieve, compose, check) reads this and never the
 * raw text again.
 */
export interface UnderstoodTurn {
  /** The message as the shopper wrote it (for quoting back and for the language model's prompt). */
  message: string;
  /** The message without greetings, lower-cased and normalised: what open questions are matched by. */
  text: string;
  /** `text` without the words of the product it names: what the question asks about that product. */
  subject: string;
  /** The message only points at products and asks nothing more ("the second one?"). */
  bare: boolean;
  /** The language to answer in: the message's own, or the kiosk's when the message has no letters. */
  locale: Locale;
  intent: Intent;
  /** For product and store questions, what they ask about, when it is a field the catalog has. */
  topic?: Topic;
  /** Earlier products the message points at ("the second one", "both", "it"). */
  referenced: Product[];
  /** Whether the message pointed back at all (true with no products: the reference was unclear). */
  refersBack: boolean;
  /** A catalog product the message names. */
  named?: Product;
  /**
   * Words of what the shopper asks for that no product of the catalog is described with ("bicycles" in a
   * shop without any): a search can only find other things.
   */
  unknownWanted: string[];
  /** What the shopper asked for in their own words, without the question around it ("playstation 5"). */
  asked: string;
  /** The store's FAQ entry the message asks, matched by meaning ("is there somewhere to park?"). */
  faq?: FaqEntry;
  /** Variants of the product asked about that the message names by an option value ("the yellow ones"). */
  variants: Variant[];
  /** Products named on either side of "or", "vs", "和": two or more make a comparison. */
  namedApart: Product[];
  /**
   * Kinds of product asked for on either side of "or", "and", "或者" ("lamps or shelves", "吸顶灯或者台灯"),
   * each as search words: two or more make one search for each. Empty when the message names products apart.
   */
  kindsApart: string[];
  /** "the two cheapest": picks from the products shown, or from a new search when `query` has words. */
  pick?: Pick;
  /** Search words and constraints (price bounds, sort, stock) read from the message. */
  query: ParsedQuery;
  refinement?: Refinement;
  /** The message asks for other products of a kind than those shown ("any other rice cookers?"). */
  othersOfKind: boolean;
  /** The message asks for products on sale. */
  onSale: boolean;
  /** The message asks a yes/no question. */
  yesNo: boolean;
  /** The message asks about stock coming back ("when will it be back"). */
  asksRestock: boolean;
  /** "Do you (still) have X": availability of a named product is the answer. */
  asksAvailability: boolean;
  /**
   * "Which ones have a logo?": the message asks which of the products shown, and its words single some
   * of them out; those products are the answer.
   */
  picksShown: boolean;
}
