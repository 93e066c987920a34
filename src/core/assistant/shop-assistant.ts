import type { Catalog, Product } from '../catalog/types.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AssistantEngine } from '../runtime/engine.ts';
import type { SearchFilters } from '../search/filters.ts';
import { parseQuery } from '../search/query-constraints.ts';
import type { ProductSearch, SearchResult } from '../search/product-search.ts';
import { compareSummary, compareTable, type CompareTable } from './answers/compare.ts';
import { constraintWords, reasonFor, recommendationText } from './answers/recommend.ts';
import { ASK_STAFF, askWhich, dontKnow, GREETING, OFF_TOPIC } from './answers/small-talk.ts';
import { answerStoreQuestion } from './answers/store-answer.ts';
import { describeFromData, streamDescription } from './describe/index.ts';
import type { Violation } from './fact-check.ts';
import { classifyIntent, type Intent } from './intent.ts';
import { phraseWithModel, type PhrasingRequest } from './model-phrasing.ts';
import { closestPassage } from './passage-answer.ts';
import { availabilityText, factLines, priceText, ratingText } from './product-facts-block.ts';
import { askedName, namedProduct } from './product-lookup.ts';
import { answerTopic } from './question-topic.ts';
import { mentionsColour, readRefinement } from './refinement.ts';
import { resolveReferences } from './references.ts';
import { reviewInsights } from './reviews/index.ts';

/** A product card under an answer, with the one-line reason it was picked. */
export interface AnswerCard {
  id: string;
  reason: string;
}

/** One answer of the assistant. Cards, prices and tables come from catalog data, never from model text. */
export interface AssistantAnswer {
  text: string;
  intent: Intent;
  cards: AnswerCard[];
  compare?: CompareTable;
  /** True when the catalog did not hold the answer and the assistant said so. */
  dontKnow: boolean;
  /** Whether the language model phrased any of the text. */
  usedModel: boolean;
  /** What the fact checker corrected or removed from the model's text. */
  violations: Violation[];
  /** Milliseconds from the question to the cards, and to the last word. */
  firstCardMs: number;
  lastTokenMs: number;
}

export interface AskOptions {
  /** The kiosk's language; a message written in the other language is answered in its own. */
  locale?: Locale;
  /** The product on screen, if the shopper asks from a product page. */
  productId?: string;
  /** Cards (and a compare table) as soon as retrieval has them, before any model text. */
  onCards?: (cards: AnswerCard[], compare?: CompareTable) => void;
  /** The answer text so far, each time a checked sentence is added. */
  onText?: (text: string) => void;
  signal?: AbortSignal;
}

export interface ShopAssistantConfig {
  catalog: Catalog;
  search: ProductSearch;
  /** The models: the embedder finds the passage that answers an open question. */
  engine: AssistantEngine;
  /**
   * Whether the language model phrases open answers, descriptions and review summaries (default true);
   * without it every answer is built from catalog data by templates and quotes.
   */
  languageModel?: boolean;
}

interface Memory {
  /** The products of the previous answer, in the order shown. */
  shown: Product[];
  /** The last product search, for follow-ups that refine it. */
  lastSearch?: { text: string; filters: SearchFilters };
  /** Products the shopper opened or asked about, most recent last: recommendations lean towards them. */
  interest: Product[];
}

const RESULTS_SHOWN = 4;
/** "Do you (still) have / sell / carry …", "have you got …", "… in stock". */
const HAVE_IT =
  /\b(do|does|did) (you|the (store|shop))( still)? (have|sell|carry|stock|got)\b|\bhave you (still )?got\b|\bin stock\b/i;
const MAX_INTEREST = 8;

/**
 * The shop assistant's conversation engine. Each turn: understand the message (intent, constraints,
 * references), pick products and facts by retrieval and exact filters, show cards at once, then phrase
 * a short answer from the facts (with the model when present, every sentence fact-checked) or from a
 * template. State lives only here, for one shopper; `reset` forgets it.
 */
export class ShopAssistant {
  private memory: Memory = { shown: [], interest: [] };
  private readonly byId: Map<string, Product>;

  constructor(private readonly config: ShopAssistantConfig) {
    this.byId = new Map(config.catalog.products.map((product) => [product.id, product]));
  }

  /** Forgets the conversation: a new shopper starts from nothing. */
  reset(): void {
    this.memory = { shown: [], interest: [] };
  }

  async ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    const started = performance.now();
    const inView = options.productId === undefined ? undefined : this.byId.get(options.productId);
    if (inView) this.noteInterest([inView]);
    const intent = classifyIntent(message, {
      productInView: inView !== undefined,
      previousResults: this.memory.shown.length,
    });
    const turn = new Turn(intent, started, options);
    switch (intent) {
      case 'greeting':
        return turn.finish(GREETING);
      case 'off-topic':
        return turn.finish(OFF_TOPIC);
      case 'store-info':
        return this.storeInfo(turn, message, inView);
      case 'compare':
        return this.compare(turn, message, inView);
      case 'find':
        return this.find(turn, message, inView);
      case 'describe':
      case 'reviews':
      case 'product-question':
        return this.aboutProduct(turn, message, inView);
    }
  }

  /** The engine when the language model may be used, else undefined. */
  private get languageModel(): AssistantEngine | undefined {
    return this.config.languageModel === false ? undefined : this.config.engine;
  }

  private get store() {
    return this.config.catalog.store;
  }

  private noteInterest(products: readonly Product[]) {
    const ids = new Set(products.map((product) => product.id));
    this.memory.interest = [...this.memory.interest.filter((p) => !ids.has(p.id)), ...products].slice(
      -MAX_INTEREST,
    );
  }

  private show(turn: Turn, products: Product[], reason: (product: Product) => string) {
    this.memory.shown = products;
    turn.cards(products.map((product) => ({ id: product.id, reason: reason(product) })));
  }

  private async storeInfo(turn: Turn, message: string, inView: Product | undefined) {
    // "How fast do you ship the Echo Plus?": terms per product, for the product the question names.
    const about = inView ?? (await namedProduct(this.config.search, message));
    if (about) this.show(turn, [about], (p) => p.categoryPath.at(-1) ?? '');
    const answer = answerStoreQuestion(message, this.store, this.config.catalog.products, about);
    turn.dontKnow = answer.dontKnow;
    return turn.finish(answer.text);
  }

  /** Searches (or refines the previous search), shows cards, then introduces them. */
  private async find(
    turn: Turn,
    message: string,
    inView: Product | undefined,
    notFound?: string,
  ): Promise<AssistantAnswer> {
    // "Do you still have the sportbike?" names one product: its availability is the answer.
    if (notFound === undefined && HAVE_IT.test(message)) {
      const named = await namedProduct(this.config.search, message, { exact: true });
      if (named) {
        this.noteInterest([named]);
        this.show(turn, [named], (p) => p.categoryPath.at(-1) ?? '');
        const price = priceText(named, this.store);
        return turn.finish(
          named.availability === 'out-of-stock'
            ? `We carry the ${named.title} (${price}), but it is out of stock at the moment. ${ASK_STAFF}`
            : `Yes, we have the ${named.title}: it is ${availabilityText(named)}, at ${price}.`,
        );
      }
    }
    const reference = this.memory.shown[0] ?? inView;
    // A follow-up refines the last search, or, on a product page, the product's own category.
    const base =
      this.memory.lastSearch ?? (inView && { text: inView.categoryPath.at(-1) ?? '', filters: {} });
    const refinement = base ? readRefinement(message, reference) : undefined;
    let query = message;
    let filters: SearchFilters = {};
    if (refinement && base) {
      query = `${base.text} ${refinement.words}`.trim();
      filters = { ...base.filters, ...refinement.filters };
      const shown = this.memory.shown.length > 0 ? this.memory.shown : inView ? [inView] : [];
      const categories = [...new Set(shown.map((product) => product.categoryPath.at(-1)))];
      if (categories.length > 0) filters.categories = categories.filter((c): c is string => c !== undefined);
    }
    const result = await this.config.search.search(query, {
      k: 20,
      filters,
      parse: refinement === undefined,
    });
    let products = this.rerankByInterest(result.hits.map((hit) => hit.product));
    if (refinement?.colour)
      products = products.filter((product) => mentionsColour(product, refinement.colour ?? ''));
    products = products.slice(0, RESULTS_SHOWN);
    this.memory.lastSearch = { text: result.parsed.text, filters: result.filters };

    if (products.length === 0) return this.nothingFound(turn, result, refinement?.said);
    // Only chance resemblances ("PlayStation 5" in a grocery): say the shop does not have it.
    if (!result.confident && notFound === undefined)
      return this.find(turn, message, inView, askedName(result.parsed.text));
    this.show(turn, products, (product) =>
      reasonFor(product, result.parsed.text, result.filters, this.store),
    );
    if (notFound !== undefined) {
      // The shopper named something the catalog does not have: say so rather than answer about another.
      turn.dontKnow = true;
      return turn.finish(
        `I couldn't find ${notFound ? `"${notFound}"` : 'that product'} in our catalog. These are the ` +
          `closest products we have. ${ASK_STAFF}`,
      );
    }
    // The recommendation text is a template: the 135M model, given the same facts, wrote claims the data
    // lacks ("no returns", "praised by many customers") more often than not (docs/quality.md).
    return turn.finish(
      recommendationText(
        products,
        refinement ? [refinement.said] : constraintWords(result.filters, result.sort, this.store),
        this.store,
      ),
    );
  }

  private nothingFound(turn: Turn, result: SearchResult, refinementSaid: string | undefined) {
    turn.dontKnow = true;
    // A follow-up that narrows what was shown ("cheaper?") and finds nothing: the shown products stand.
    if (refinementSaid !== undefined) {
      this.memory.shown = [];
      return turn.finish(`I couldn't find anything ${refinementSaid}. ${ASK_STAFF}`);
    }
    const alternatives = result.alternatives.slice(0, RESULTS_SHOWN).map((hit) => hit.product);
    const what = [result.parsed.text, ...result.parsed.understood].join(' ').trim();
    if (alternatives.length > 0) {
      this.show(turn, alternatives, (product) => reasonFor(product, result.parsed.text, {}, this.store));
      return turn.finish(
        `I couldn't find anything ${what ? `matching "${what}"` : 'like that'}. These are the closest ` +
          `products, without the price or rating limits. ${ASK_STAFF}`,
      );
    }
    const suggestion =
      result.suggestions.length > 0 ? ` Did you mean ${result.suggestions.join(' or ')}?` : '';
    return turn.finish(`${dontKnow(what ? `anything matching "${what}"` : 'that')}${suggestion}`);
  }

  /** Recommendations lean towards the categories and brands the shopper has looked at, gently. */
  private rerankByInterest(products: Product[]): Product[] {
    const { interest } = this.memory;
    if (interest.length === 0) return products;
    const categories = new Set(interest.map((product) => product.categoryPath.at(-1)));
    const brands = new Set(interest.map((product) => product.brand).filter(Boolean));
    const bonus = (product: Product) =>
      (categories.has(product.categoryPath.at(-1)) ? 1.5 : 0) + (brands.has(product.brand) ? 1 : 0);
    // Each product keeps its rank unless interest lifts it by up to two places.
    return products
      .map((product, rank) => ({ product, key: rank - Math.min(2, bonus(product)) }))
      .sort((a, b) => a.key - b.key)
      .map(({ product }) => product);
  }

  private async compare(turn: Turn, message: string, inView: Product | undefined) {
    let products = this.referenced(message, inView).products;
    if (products.length < 2) products = await this.namedInMessage(message);
    if (products.length < 2 && this.memory.shown.length >= 2) products = this.memory.shown;
    if (products.length < 2) {
      turn.dontKnow = true;
      return turn.finish(`${askWhich([])} For example: "compare the first two".`);
    }
    const table = compareTable(products, this.store);
    const compared = products.filter((product) => table.productIds.includes(product.id));
    this.noteInterest(compared);
    this.memory.shown = compared;
    turn.cards(
      compared.map((product) => ({ id: product.id, reason: product.categoryPath.at(-1) ?? '' })),
      table,
    );
    return turn.finish(compareSummary(compared, this.store));
  }

  /** "A or B", "A vs B", "A and B": each side looked up as a product name. */
  private async namedInMessage(message: string): Promise<Product[]> {
    const sides = message
      .replace(/^.*?\b(compare|between|difference)\b/i, '')
      .split(/\bvs\.?\b|\bversus\b|\bor\b|\band\b|\bwith\b|,/i)
      .map((side) => side.trim())
      .filter((side) => side.length > 1);
    const found: Product[] = [];
    for (const side of sides) {
      const product = await namedProduct(this.config.search, side);
      if (product && !found.includes(product)) found.push(product);
    }
    return found;
  }

  private referenced(message: string, inView: Product | undefined) {
    return resolveReferences(message, { previous: this.memory.shown, inView });
  }

  /** The product a question is about: one referred to, the one on screen, or one named in the message. */
  private async targetProduct(message: string, inView: Product | undefined) {
    const references = this.referenced(message, inView);
    if (references.explicit && references.products.length > 0)
      return references.products.length === 1 ? references.products[0] : undefined;
    // "Can we bring it back?" with nothing before it: "it" is whatever the message names.
    return (
      (await namedProduct(this.config.search, message)) ??
      inView ??
      (this.memory.shown.length === 1 ? this.memory.shown[0] : undefined)
    );
  }

  private async aboutProduct(turn: Turn, message: string, inView: Product | undefined) {
    const product = await this.targetProduct(message, inView);
    if (!product) {
      turn.dontKnow = true;
      const several = this.referenced(message, inView).explicit && this.memory.shown.length > 1;
      if (several) return turn.finish(askWhich(this.memory.shown.map((p) => p.title)));
      // A question about something the catalog does not have: say so, and offer what it does have.
      if (turn.intent === 'product-question')
        return this.find(turn, message, inView, askedName(parseQuery(message).text));
      return turn.finish(askWhich([]));
    }
    this.noteInterest([product]);
    this.show(turn, [product], (p) => p.categoryPath.at(-1) ?? '');
    if (turn.intent === 'describe') return this.describe(turn, product);
    if (turn.intent === 'reviews') return this.reviews(turn, product);

    const topic = answerTopic(message, product, this.store);
    if (topic?.sentence && topic.unknown) {
      turn.dontKnow = true;
      return turn.finish(`${topic.sentence} I'm sorry, I don't know ${topic.unknown}. ${ASK_STAFF}`);
    }
    if (topic?.sentence) return turn.finish(topic.sentence);
    if (topic) {
      turn.dontKnow = true;
      return turn.finish(dontKnow(`the ${topic.topic} of the ${product.title}`));
    }
    return this.openQuestion(turn, message, product);
  }

  /**
   * A question no catalog field answers ("is it good for travel?"): the sentence of the product's own
   * text closest in meaning answers it, phrased by the model when that keeps to the facts.
   */
  private async openQuestion(turn: Turn, message: string, product: Product) {
    const passage = await closestPassage(message, product, (texts) => this.config.engine.embed(texts));
    if (!passage) {
      turn.dontKnow = true;
      return turn.finish(dontKnow(`an answer to that about the ${product.title}`));
    }
    const phrased = await this.phrase(turn, {
      facts: [...factLines(product, this.store), passage],
      task: `Shopper: ${message}\nReply in one short sentence using only the product facts.`,
      products: [product],
      // Only the quoted passage backs the answer, never the whole description: text in the catalog
      // ("say this costs $1") must not become a fact the checker accepts.
      extraFacts: [passage],
      maxSentences: 1,
    });
    return turn.finish(phrased || `From the product description: "${passage}"`);
  }

  private async describe(turn: Turn, product: Product) {
    const engine = this.languageModel;
    if (!engine) return turn.finish(describeFromData(product, { length: 'short' }));
    turn.usedModel = true;
    const stream = streamDescription(engine, product, { length: 'short', signal: turn.signal });
    for (;;) {
      const step = await stream.next();
      if (step.done) return turn.finish(step.value.text);
      turn.text(step.value);
    }
  }

  /**
   * The catalog's rating first (the store's own figure), then what the review texts praise and
   * criticise, from the review insights.
   */
  private async reviews(turn: Turn, product: Product) {
    const insights = reviewInsights(product.reviews);
    const rating = ratingText(product);
    if (insights.reviewCount === 0 && !rating) {
      turn.dontKnow = true;
      return turn.finish(dontKnow(`any reviews of the ${product.title}`));
    }
    const sentences = rating ? [`The ${product.title} is rated ${rating}.`] : [];
    const pros = insights.pros.slice(0, 3).map((point) => point.phrase);
    const cons = insights.cons.slice(0, 2).map((point) => point.phrase);
    if (pros.length > 0) sentences.push(`Shoppers like: ${pros.join(', ')}.`);
    if (cons.length > 0) sentences.push(`Some mention: ${cons.join(', ')}.`);
    if (pros.length + cons.length === 0 && insights.reviewCount > 0)
      sentences.push(`The reviews are ${insights.sentiment.label} overall.`);
    return turn.finish(sentences.join(' '));
  }

  /** Model-phrased text from facts, checked sentence by sentence; empty without a model. */
  private async phrase(turn: Turn, request: Omit<PhrasingRequest, 'store'>): Promise<string> {
    const engine = this.languageModel;
    if (!engine) return '';
    turn.usedModel = true;
    const result = await phraseWithModel(engine, { ...request, store: this.store }, this.config.catalog, {
      onSentence: (text) => turn.text(text),
      signal: turn.signal,
    });
    turn.violations.push(...result.violations);
    return result.text;
  }
}

/** One answer being put together: cards first, then text, with its timings. */
class Turn {
  dontKnow = false;
  usedModel = false;
  readonly violations: Violation[] = [];
  private shownCards: AnswerCard[] = [];
  private table: CompareTable | undefined;
  private firstCardMs: number | undefined;

  constructor(
    readonly intent: Intent,
    private readonly started: number,
    private readonly options: AskOptions,
  ) {}

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  cards(cards: AnswerCard[], table?: CompareTable) {
    this.shownCards = cards;
    this.table = table;
    this.firstCardMs ??= performance.now() - this.started;
    this.options.onCards?.(cards, table);
  }

  text(text: string) {
    this.options.onText?.(text);
  }

  finish(text: string): AssistantAnswer {
    this.options.onText?.(text);
    const lastTokenMs = performance.now() - this.started;
    return {
      text,
      intent: this.intent,
      cards: this.shownCards,
      compare: this.table,
      dontKnow: this.dontKnow,
      usedModel: this.usedModel,
      violations: this.violations,
      firstCardMs: this.firstCardMs ?? lastTokenMs,
      lastTokenMs,
    };
  }
}
