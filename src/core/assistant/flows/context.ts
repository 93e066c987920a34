import type { AssistantMessages } from '../../../i18n/en/assistant.ts';
import type { Catalog, Product, StoreProfile } from '../../catalog/types.ts';
import type { AssistantEngine } from '../../runtime/engine.ts';
import type { ProductSearch, TextEmbedder } from '../../search/product-search.ts';
import type { Conversation } from '../conversation.ts';
import type { AssistantAnswer, ReplyBuilder } from '../reply.ts';
import type { UnderstoodTurn } from '../understand/turn.ts';
import type { ProductText } from './product-text.ts';

/** What every flow gets: the understood turn, the shop, the conversation and the reply being built. */
export interface FlowContext {
  turn: UnderstoodTurn;
  catalog: Catalog;
  store: StoreProfile;
  search: ProductSearch;
  /** The models: the embedder always, the language model through `languageModel`. */
  engine: AssistantEngine;
  /** The engine's sentence embedder, the same function for every turn (caches are keyed by it). */
  embed: TextEmbedder;
  /** The engine when the language model may phrase text, else undefined. */
  languageModel: AssistantEngine | undefined;
  conversation: Conversation;
  /** The product on screen, if the shopper asks from a product page. */
  inView: Product | undefined;
  reply: ReplyBuilder;
  /** The replies in the turn's language. */
  say: AssistantMessages;
  facts: ProductText;
}

/** One intent's answer path. */
export type Flow = (context: FlowContext) => Promise<AssistantAnswer>;
