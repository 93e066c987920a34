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
import { ReplyBuilder, type AnswerCard, type AssistantAnswer, type ReplySink } from './reply.ts';
import { lexicon } from './understand/lexicon/index.ts';
import { MeaningMatcher } from './understand/meaning.ts';
import { questionsOf } from './understand/questions.ts';
import type { Intent } from './understand/turn.ts';
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
   * and does it come with fuel?") gets each answered in turn, a later one about what the earlier one
   * showed, in one reply that grows as each is written.
   */
  async ask(message: string, options: AskOptions = {}): Promise<AssistantAnswer> {
    const started = performance.now();
    const questions = questionsOf(message, lexicon(detectLocale(message, options.locale ?? 'en')));
    if (questions.length < 2) return this.askOne(message, options, started);
    const answers: AssistantAnswer[] = [];
    const cards: AnswerCard[] = [];
    const withCards = (more: readonly AnswerCard[]) => [
      ...cards,
      ...more.filter((card) => !cards.some((shown) => shown.id === card.id)),
    ];
    let text = '';
    for (const question of questions) {
      if (options.signal?.aborted) break;
      const before = text;
      const gap = messages(answers[0]?.locale ?? detectLocale(question, options.locale ?? 'en')).assistant
        .sentenceGap;
      const answer = await this.askOne(
        question,
        {
          ...options,
          onCards: (more, table) => options.onCards?.(withCards(more), table),
          onText: (part) => options.onText?.(before ? `${before}${gap}${part}` : part),
        },
        started,
      );
      answers.push(answer);
      cards.splice(0, cards.length, ...withCards(answer.cards));
      // Two questions the same fact answers ("原价多少？现在卖多少？") get it once.
      if (!before.includes(answer.text)) text = before ? `${before}${gap}${answer.text}` : answer.text;
    }
    const [first] = answers;
    if (!first) return this.askOne(message, options, started);
    return {
      ...first,
      text,
      cards,
      compare: answers.find((answer) => answer.compare)?.compare,
      dontKnow: answers.every((answer) => answer.dontKnow),
      usedModel: answers.some((answer) => answer.usedModel),
      violations: answers.flatMap((answer) => answer.violations),
      lastTokenMs: performance.now() - started,
    };
  }

  /** Answers one question: understood once into a turn, then its intent's flow. */
  private async askOne(message: string, options: AskOptions, started: number): Promise<AssistantAnswer> {
    const { catalog, search, engine } = this.config;
    const inView = options.productId === undefined ? undefined : this.byId.get(options.productId);
    if (inView) this.conversation.noteInterest([inView]);
    const turn = await understand(message, {
      catalog,
      search,
      meaning: this.readers.meaning,
      locale: options.locale ?? 'en',
      previous: this.conversation.shown,
      inView,
      hasSearch: this.conversation.lastSearch !== undefined,
    });
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
      inView,
      reply: new ReplyBuilder(turn.intent, turn.locale, started, options),
      say,
      facts: new ProductText(say, catalog.store),
    });
  }
}
