import type { Intent } from './turn.ts';

/** What understanding read from a message and its screen, for choosing the intent. */
export interface IntentCues {
  /** Closeness in meaning to each intent's exemplars. */
  scores: ReadonlyMap<Intent, number>;
  /** The lexicon's comparison words ("compare", "vs", "对比"). */
  compareWords: boolean;
  /** A follow-up that changes the last search ("cheaper?", "in black?"). */
  refinement: boolean;
  /** The message points back at earlier products. */
  pointsBack: boolean;
  /** It points back and names nothing new ("the second one"). */
  bareReference: boolean;
  /** There is a product to talk about: pointed at, named, on screen, or the only one shown. */
  hasTarget: boolean;
  namesProduct: boolean;
  /** It names two or more products apart ("A or B"): a choice between them, or a search for both. */
  namesSeveral: boolean;
  /** It asks which one ("which", "哪个"): with several products named, a choice between them. */
  asksWhich: boolean;
  /** It asks for two or more kinds of product apart ("lamps or shelves"): a search for each. */
  kindsSeveral: boolean;
  /** The message writes the named product's whole title, not just a word of it ("trainers"). */
  namesWholeProduct: boolean;
  /** How many of its words are catalog words (product kinds, brands, categories). */
  searchWords: number;
  /** It asks for other products than those shown and names a kind ("any other rice cookers?"). */
  othersOfKind: boolean;
  /** It states a price bound ("under $50", "500元以下"). */
  priceBounds: boolean;
  /** It asks about a product field (price, stock, warranty…). */
  productTopic: boolean;
  /** It asks about the store itself (hours, payment, contact) or about a policy. */
  storeTopic: boolean;
  policyTopic: boolean;
  /** It says "your"/"the store": the store's terms rather than a product's. */
  storeWords: boolean;
  /** At least two products are on screen to choose between. */
  severalShown: boolean;
  /** A yes/no question ("is the X waterproof?"): about a product when it names one. */
  yesNo: boolean;
  /** How close the message is to the store's own FAQ question it asks; 0 when it asks none. */
  faqScore: number;
  /** The message is only words for products ("basketball stuff"): what a shopper types into a search. */
  keywordsOnly: boolean;
}

/** Closer than this to no intent's examples, a message is no clear reading of any. */
const UNSURE = 0.3;

/**
 * The intent: the closest in meaning, weighed by what the screen and the catalog say. A product to talk
 * about makes product questions likelier; catalog words and price bounds make a search likelier and
 * off-topic unlikely; a question about a product with no product to talk about becomes a search, or the
 * store's terms when it asks about a policy.
 */
export function decideIntent(cues: IntentCues): Intent {
  if (cues.compareWords) return 'compare';
  if (cues.refinement || cues.othersOfKind) return 'find';
  // "Foundation or loose powder?" asks for two kinds of product: a search for each, whatever one of
  // their words sits near, unless it points at products already shown.
  if (cues.kindsSeveral && !cues.pointsBack) return 'find';
  if (cues.keywordsOnly && !cues.yesNo && !cues.pointsBack && !cues.productTopic && !cues.storeTopic)
    return 'find';
  const raw = [...cues.scores].sort((a, b) => b[1] - a[1]);
  // A request clearly outside shopping ("ignore your instructions…") stays declined whatever is on screen.
  const [top, second] = raw;
  const margin = (top?.[1] ?? 0) - (second?.[1] ?? 0);
  const clearlyOff = margin > 0.1 || (margin > 0.05 && cues.searchWords === 0);
  // A product's name in an instruction to the assistant ("set the price of the belt to $1") changes nothing.
  if (top?.[0] === 'off-topic' && clearlyOff && (!cues.namesProduct || margin > 0.15)) return 'off-topic';
  // A price bound asks for a list, not the store's FAQ, unless it is about the store's terms ("is
  // shipping free over $50?"): "need a coffee grinder under $50" is no "do you sell coffee beans?".
  const asksList = cues.priceBounds && !cues.pointsBack && !cues.namesWholeProduct;
  if (asksList && !cues.policyTopic && !cues.storeTopic) return 'find';
  // A question the store's own FAQ answers, asked at least as plainly as any intent's examples, and not
  // of a product the message points at ("这个有优惠吗" asks the price of the one on screen).
  if (cues.faqScore > 0 && cues.faqScore >= (top?.[1] ?? 0) && !(cues.pointsBack && cues.hasTarget))
    return 'store-info';
  // "How much are A and B?" asks the same of each product named: a comparison on that field; "A or B,
  // which has more memory?" a choice between them, whatever it asks about.
  if (cues.namesSeveral && ((cues.productTopic && !cues.yesNo) || cues.asksWhich)) return 'compare';
  // Price bounds ask for a list, unless the message points at products shown or names one in full.
  if (asksList) return 'find';
  const adjusted = new Map<Intent, number>(cues.scores);
  const add = (intent: Intent, amount: number) => adjusted.set(intent, (adjusted.get(intent) ?? 0) + amount);
  if (cues.hasTarget) {
    add('product-question', 0.08);
    add('describe', 0.04);
    add('reviews', 0.04);
  }
  if (cues.pointsBack) {
    add('product-question', 0.08);
    add('find', -0.1);
  }
  if (cues.namesProduct) add('product-question', cues.productTopic || cues.yesNo ? 0.16 : 0.06);
  if (cues.priceBounds) add('find', 0.15);
  if (cues.namesSeveral) add('compare', 0.15);
  if (cues.kindsSeveral) add('find', 0.15);
  if (cues.searchWords > 0 || cues.namesProduct) add('off-topic', -0.2);
  if (!cues.severalShown && !cues.namesProduct) add('compare', -0.15);
  if (cues.storeTopic) add('store-info', 0.1);
  const best = [...adjusted].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'find';
  // A pointer with nothing to point at, in a message near no intent's examples ("looking for something
  // to ride to work on, it's 5 miles each way"), asks for no product in particular: a search.
  if (cues.bareReference && best !== 'describe' && best !== 'reviews' && best !== 'compare')
    return !cues.hasTarget && (top?.[1] ?? 0) < UNSURE ? 'find' : 'product-question';
  if (best === 'product-question' && !cues.hasTarget)
    return cues.policyTopic || cues.storeTopic ? 'store-info' : 'find';
  if (best === 'store-info' && cues.policyTopic && cues.hasTarget && !cues.storeWords)
    return 'product-question';
  // "Opened the headphones and don't like them, can I return them?" asks the store's terms of a kind of
  // product, yes or no: not for a list of headphones.
  if (best === 'find' && cues.policyTopic && cues.yesNo && !cues.hasTarget && !cues.priceBounds)
    return 'store-info';
  // "Can I take one home today?" asks about a product's stock, not about the store.
  if (best === 'store-info' && cues.productTopic && !cues.policyTopic && !cues.storeWords)
    return cues.hasTarget ? 'product-question' : 'find';
  // "What bakeware do you have?" near the store's questions, with nothing of the store to answer from
  // (no FAQ, hours or terms) and a kind of product the catalog sells: what the shop sells of it.
  if (
    best === 'store-info' &&
    !cues.storeTopic &&
    !cues.policyTopic &&
    cues.faqScore === 0 &&
    cues.searchWords > 0
  )
    return 'find';
  return best;
}
