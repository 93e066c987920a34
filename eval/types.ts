import type { Intent } from '../src/core/assistant/understand/turn.ts';
import type { Catalog } from '../src/core/catalog/types.ts';
import type { Locale } from '../src/i18n/locale.ts';

/** What one turn's answer must (and must not) do. Every field is optional; absent fields are not checked. */
export interface TurnExpectation {
  intent?: Intent;
  /** Product ids that must all be among the answer's products. */
  products?: string[];
  /** Product ids, any one of which must be among the answer's products. */
  productsAny?: string[];
  /**
   * Words the answer must contain, case-insensitive and as whole tokens ("5" is not in "$15" or "5.99");
   * Chinese words as substrings, numbers inside them still whole; a price ("$9.99", "¥5,999") matches
   * any way of writing the same amount.
   */
  mustMention?: string[];
  /** Matched as mustMention is; the answer must contain none of them. */
  mustNotMention?: string[];
  /**
   * true: the answer must say it does not know (or send the shopper to staff); false: it must not. When
   * absent, a "don't know" fails a turn that expects products or mentions: an answer was due.
   */
  dontKnow?: boolean;
  /** The language the answer must mainly be written in (detectLocale). */
  answerLocale?: Locale;
}

/** One scripted conversation of an evaluation set (a line of eval/sets/<name>/conversations.jsonl). */
export interface Conversation {
  id: string;
  turns: string[];
  /** The id of the product on screen while the conversation runs. */
  product?: string;
  /** One expectation per turn. */
  expect: TurnExpectation[];
}

/** One answer as the assistant's batch mode reports it. */
export interface AskAnswer {
  text: string;
  /** Ids of the products shown with the answer (cards). */
  products: string[];
  intent: string;
  firstCardMs: number;
  lastTokenMs: number;
}

/**
 * The batch entry point the assistant exports from cli/commands/ask.ts. `catalog` is the file's catalog
 * with the set's store profile applied; the path still locates prebuilt search vectors beside the file.
 */
export type AskBatch = (
  catalogPath: string,
  conversations: { id: string; turns: string[]; product?: string }[],
  options: { model: boolean; onAnswer?: () => void; catalog?: Catalog },
) => Promise<{ id: string; answers: AskAnswer[] }[]>;

export type EvalMode = 'model' | 'template';
