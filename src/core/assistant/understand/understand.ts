import { detectLocale, type Locale } from '../../../i18n/locale.ts';
import type { Catalog, Product } from '../../catalog/types.ts';
import type { ProductSearch } from '../../search/product-search.ts';
import { parseQuery } from '../../search/query-constraints.ts';
import { namedProduct } from '../product-lookup.ts';
import { normaliseMessage } from '../typo-fix.ts';
import { decideIntent } from './decide-intent.ts';
import { lexicon as lexiconOf, type Lexicon } from './lexicon/index.ts';
import { terms as matchTerms } from '../../text/segment.ts';
import type { MeaningMatcher } from './meaning.ts';
import { findPhrases, hasPhrase, withoutPhrases } from './phrases.ts';
import { ordered, resolveReferences } from './references.ts';
import { readRefinement } from './refinement.ts';
import type { Topic, UnderstoodTurn } from './turn.ts';
import { vocabularyOf } from './vocabulary.ts';

/** What the screen shows when a message arrives. */
export interface UnderstandContext {
  catalog: Catalog;
  search: ProductSearch;
  meaning: MeaningMatcher;
  /** The kiosk's language. */
  locale: Locale;
  /** The products of the previous answer, in the order shown. */
  previous: readonly Product[];
  inView?: Product;
  /** Whether there was a search to refine. */
  hasSearch: boolean;
}

/** A topic counts when the message is at least this close to one of its exemplars. */
const TOPIC_MIN = 0.45;
const STORE_TOPICS: ReadonlySet<Topic> = new Set(['hours', 'payment', 'contact']);

function normalised(message: string, locale: Locale): string {
  const text = message
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
  return (locale === 'en' ? normaliseMessage(text) : text).replace(/\s+/g, ' ').trim();
}

/** The message without the greetings and thanks around it. */
function withoutGreetings(text: string, lexicon: Lexicon): string {
  let rest = text;
  for (;;) {
    const [first] = findPhrases(rest, lexicon.greetings);
    if (!first || rest.slice(0, first.at).replace(/[\s,!.?，。！？、]/g, '') !== '') break;
    rest = rest.slice(first.end).replace(/^[\s,!.?，。！？、]+/, '');
  }
  return rest.trim();
}

/** The closed-class words of the lexicon that never name a product. */
function closedClass(lexicon: Lexicon): string[] {
  return [
    ...lexicon.greetings,
    ...lexicon.placeholders,
    ...lexicon.deictics,
    ...lexicon.collectives,
    ...lexicon.pairs,
    ...Object.keys(lexicon.ordinals),
    ...lexicon.cheaper,
    ...lexicon.pricier,
    ...lexicon.cheapest,
    ...lexicon.priciest,
    ...lexicon.bestRated,
    ...lexicon.compare,
    ...lexicon.onSale,
  ];
}

/** The text without a product's name: its title and brand words. */
function withoutName(text: string, product: Product): string {
  const name = `${product.brand ?? ''} ${product.title}`
    .toLowerCase()
    .split(/[\s,/()]+/)
    .filter((w) => w.length > 0);
  return withoutPhrases(text, name);
}

/** The words left once the lexicon's closed-class words and the given phrases are taken out. */
function leftover(text: string, lexicon: Lexicon, phrases: readonly string[]): string[] {
  const rest = withoutPhrases(withoutPhrases(text, phrases), [
    ...closedClass(lexicon),
    ...lexicon.yesNoOpeners,
  ]);
  const fillers = new Set(lexicon.fillers);
  return matchTerms(rest).filter((term) => !fillers.has(term));
}

function isYesNo(text: string, lexicon: Lexicon): boolean {
  if (lexicon.locale === 'zh') return hasPhrase(text, lexicon.yesNoOpeners);
  const first = text.split(/[\s,]+/)[0] ?? '';
  return lexicon.yesNoOpeners.includes(first);
}

/**
 * Understands one message once, into the typed turn every later step reads: its language, intent,
 * topic, the products it points at or names, the search words and constraints, a refinement of the last
 * search. Closed-class words come from the lexicon of the message's language; product words from the
 * catalog's own vocabulary; intents and topics by meaning, against the exemplar sentences.
 */
export async function understand(message: string, context: UnderstandContext): Promise<UnderstoodTurn> {
  const locale = detectLocale(message, context.locale);
  const lexicon = lexiconOf(locale);
  const text = withoutGreetings(normalised(message, locale), lexicon);
  const base = {
    message,
    text,
    subject: text,
    bare: false,
    locale,
    referenced: [] as Product[],
    refersBack: false,
    query: { text: '', filters: {}, understood: [] },
    yesNo: false,
    onSale: false,
    asksRestock: false,
    asksAvailability: false,
  };
  if (text.replace(/[\s\p{P}\p{S}]/gu, '') === '') return { ...base, intent: 'greeting' };

  const references = resolveReferences(text, context, lexicon);
  const query = parseQuery(text, { currency: context.catalog.store.currency });
  const vocabulary = vocabularyOf(context.catalog, lexicon);
  const searchWords = matchTerms(withoutPhrases(query.text, closedClass(lexicon))).filter(
    (term) => vocabulary.terms.has(term) && !vocabulary.colours.has(term),
  );
  const shown = context.previous.length > 0 ? context.previous : context.inView ? [context.inView] : [];
  let referenced = references.products;
  // "the two cheapest" picks among the products shown, unless it names what to search ("… tables").
  if (references.pick && searchWords.length === 0 && shown.length > 0 && !references.explicit)
    referenced = ordered(shown, references.pick.order).slice(0, references.pick.count);
  const refinement =
    searchWords.length === 0 && (context.hasSearch || context.inView)
      ? readRefinement(text, shown[0], lexicon, vocabulary)
      : undefined;
  const named = refinement ? undefined : await namedProduct(context.search, text);
  // "What's the warranty on the Galaxy Tab White?" names one of the products its words point at.
  if (named && referenced.length > 1 && referenced.includes(named)) referenced = [named];
  // What is asked about the product: the message without its name and the words pointing at it.
  const pointers = [...references.phrases, ...lexicon.placeholders, ...Object.keys(lexicon.ordinals)];
  const subject = withoutPhrases(named ? withoutName(text, named) : text, pointers) || text;
  // Intents are read from the whole message ("show me sunglasses" is a search even though a product
  // is called Sunglasses); topics from what it asks about the product.
  const meaning = await context.meaning.score(text, locale);
  const about = subject === text ? undefined : await context.meaning.score(subject, locale);
  if (about) meaning.topics = about.topics;
  const topicEntry = [...meaning.topics].sort((a, b) => b[1] - a[1])[0];
  const topic = topicEntry && topicEntry[1] >= TOPIC_MIN ? topicEntry[0] : undefined;
  const target =
    referenced[0] ??
    named ??
    context.inView ??
    (context.previous.length === 1 ? context.previous[0] : undefined);
  const intent = decideIntent({
    scores: meaning.intents,
    compareWords: hasPhrase(text, lexicon.compare),
    refinement: refinement !== undefined,
    pointsBack: references.explicit || (referenced.length > 0 && references.pick !== undefined),
    bareReference: (references.explicit || referenced.length > 0) && searchWords.length === 0,
    hasTarget: target !== undefined,
    namesProduct: named !== undefined && referenced.length === 0,
    searchWords: searchWords.length,
    constraints: query.understood.length,
    productTopic: topic !== undefined && !STORE_TOPICS.has(topic),
    storeTopic: topic !== undefined && STORE_TOPICS.has(topic),
    policyTopic: topic === 'returns' || topic === 'warranty' || topic === 'shipping',
    storeWords: hasPhrase(text, lexicon.storeWords),
    severalShown: context.previous.length >= 2,
  });
  return {
    ...base,
    intent,
    topic,
    referenced,
    refersBack: references.explicit,
    subject,
    bare: references.explicit && leftover(subject, lexicon, references.phrases).length === 0,
    named,
    pick: references.pick,
    query,
    refinement,
    onSale: refinement?.onSale ?? hasPhrase(text, lexicon.onSale),
    yesNo: isYesNo(text, lexicon),
    asksRestock: topic === 'restock',
    asksAvailability: intent === 'find' && named !== undefined && topic === 'stock',
  };
}
