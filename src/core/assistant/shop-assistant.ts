import { messages } from '../../i18n/messages.ts';
import { detectLocale, type Locale } from '../../i18n/locale.ts';
import type { Catalog, Product } from '../catalog/types.ts';
import type { AssistantEngine } from '../runtime/engine.ts';
import type { ProductSearch, TextEmbedder } from '../search/product-search.ts';
import { Conversation } from './conversation.ts';
import { compareFlow } from './flows/compare.ts';
import type { Flow } from './flows/context.ts';
import { describeFlow } from './flows/describe.ts';
import { findFlow } from './flows/find.ts';
import { productQuestionFlow } from './flows/product-question.ts';
import { ProductText } from './flows/product-text.ts';
import { reviewsFlow } from './flows/reviews.ts';
import { greetingFlow, offTopicFlow } from './flows/small-talk.ts';
import { storeInfoFlow } from './flows/store-info.ts';
import { readableCatalog } from './grounding/planted-text.ts';
import { ReplyBuilder, type AssistantAnswer, type ReplySink } from './reply.ts';
import { answerEach } from './several-questions.ts';
import { lexicon } from './understand/lexicon/index.ts';
import { MeaningMatcher } from './understand/meaning.ts';
import { questionsOf } from './understand/questions.ts';
import { isPolicyTopic, type Intent, type UnderstoodTurn } from './understand/turn.ts';
import { understand } from './understand/understand.ts';

export type { AnswerCard, AssistantAnswer } from './reply.ts';
export type { CompareTable } from './flows/compare-table.ts';

export interface AskOptions extends ReplySink {
  /** The kiosk's language; a message written in the other language is answered in its own. */
  locale?: Locale;
  /** The product on screen, if the shopper asks from a product page. */
  productId?: string;
}

export interface ShopAssistantConfig {
  catalog: Catalog;
  search: ProductSearch;
  /** The models: the embedder matches meaning and evidence; the language model phrases text. */
  engine: AssistantEngine;
  /**
   * Whether the language model phrases open answers and descriptions (default true); without it every
   * answer is built from catalog data by templates and quotes.
   */
  languageModel?: boolean;
}

/** One flow per intent. */
const FLOWS: Record<Intent, Flow> = {
  greeting: greetingFlow,
  'off-topic': offTopicFlow,
  'store-info': storeInfoFlow,
  find: findFlow,
  compare: compareFlow,
  describe: describeFlow,
  reviews: reviewsFlow,
  'product-question': productQuestionFlow,
};

/** Intents about products: a message of several questions that starts with one is answered question by question. */
const PRODUCT_INTENTS: ReadonlySet<Intent> = new Set([
  'product-question',
  'find',
  'compare',
  'describe',
  'reviews',
]);

/**
 * Whether a question that follows an answer about the store asks something of its own rather than about
 * that answer: another of the store's topics or terms ("can I return it?"), a product it names, or a kind
 * of product in words of its own. "it" after a store answer points at that answer, not at a product shown
 * earlier.
 */
function asksOfItsOwn(turn: UnderstoodTurn, previous: UnderstoodTurn): boolean {
  if (turn.intent === 'store-info' || isPolicyTopic(turn.topic)) {
    return turn.topic !== previous.topic || (turn.faq !== undefined && turn.faq !== previous.faq);
  }
  if (!PRODUCT_INTENTS.has(turn.intent)) return false;
  if (turn.named || turn.namedApart.length > 0 || turn.kindsApart.length > 0) return true;
  return turn.intent === 'find' && turn.query.text.trim() !== '';
}

/** What depends on the embedder alone, kept per engine across catalogs and shoppers. */
interface EngineReaders {
  /** One embedding function per engine, so caches keyed by it (passage vectors) keep their vectors. */
  embed: TextEmbedder;
  /** The exemplars' vectors. */
  meaning: MeaningMatcher;
}

const readers = new WeakMap<AssistantEngine, EngineReaders>();

function readersFor(engine: AssistantEngine): EngineReaders {
  let found = readers.get(engine);
  if (!found) {
    const embed: TextEmbedder = (texts, kind) => engine.embed(texts, { kind });
    found = { embed, meaning: new MeaningMatcher(embed) };
    readers.set(engine, found);
  }
  return found;
}

/**
 * The shop assistant. Each message is understood once into a typed turn (language, intent, topic,
 * referenced products, constraints), and the intent's flow answers from it: retrieve products and
 * facts, show cards at once, then text from the message catalogs or the checked model. State lives
 * only here, for one shopper; `reset` forgets it.
 */
export class ShopAssistant {
  private conversation = new Conversation();
  private readonly byId: Map<string, Product>;
  private readonly readers: EngineReaders;

  private readonly config: ShopAssistantConfig;

  constructor(config: ShopAssistantConfig) {
    // Catalog text is data: sentences written for the assistant are left out of what it reads.
    this.config = { ...config, catalog: readableCatalog(config.catalog) };
    this.byId = new Map(this.config.catalog.products.map((product) => [product.id, product]));
    this.readers = readersFor(config.engine);
  }

  /** Forgets the conversation: a new shopper starts from nothing. */
  reset(): void {
    this.conversation = new Conversation();
  }

  /**
   * Answers a message. One that asks several questions ("K87有红轴的吗？电池多大？", "how much is the stove
   * and does it come with fuel?") gets each understood once and answered in turn, a later one about what
   * the earlier one showed, in one reply that grows as each is written. After an answer about the store, a
   * question with no product of its own asks about that answer ("do you deliver? how much is it?"), which
   * said it already: it is not answered again.
   */
  async ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    const started = performance.now();
    const inView = this.inView(options);
    if (inView) this.conversation.noteInterest([inView]);
    const questions = questionsOf(message, lexicon(detectLocale(message, options.locale ?? 'en')));
    if (questions.length < 2) return this.answer(await this.understand(message, options), options, started);
    let previous: UnderstoodTurn | undefined;
    const reply = await answerEach(
      questions,
      async (question, sink) => {
        const turn = await this.understand(question, options);
        if (previous && !PRODUCT_INTENTS.has(previous.intent) && !asksOfItsOwn(turn, previous)) {
          return undefined;
        }
        previous = turn;
        return this.answer(turn, { ...options, ...sink }, started);
      },
      options,
      started,
    );
    return reply ?? this.answer(await this.understand(message, options), options, started);
  }

  /** The product on screen, if the shopper asks from a product page. */
  private inView(options: AskOptions): Product | undefined {
    return options.productId === undefined ? undefined : this.byId.get(options.productId);
  }

  /** One message understood once into a turn, against what the conversation has shown. */
  private understand(message: string, options: AskOptions): Promise<UnderstoodTurn> {
    const { catalog, search } = this.config;
    return understand(message, {
      catalog,
      search,
      meaning: this.readers.meaning,
      locale: options.locale ?? 'en',
      previous: this.conversation.shown,
      inView: this.inView(options),
      hasSearch: this.conversation.lastSearch !== undefined,
    });
  }

  /** The turn's intent's flow, answering it. */
  private answer(turn: UnderstoodTurn, options: AskOptions, started: number): Promise<AssistantAnswer> {
    const { catalog, search, engine } = this.config;
    const say = messages(turn.locale).assistant;
    return FLOWS[turn.intent]({
      turn,
      catalog,
      store: catalog.store,
      search,
      engine,
      embed: this.readers.embed,
      languageModel: this.config.languageModel === false ? undefined : engine,
      conversation: this.conversation,
      inView: this.inView(options),
      reply: new ReplyBuilder(turn.intent, turn.locale, started, options),
      say,
      facts: new ProductText(say, catalog.store),
    });
  }
}
