import type { Intent } from '../src/core/assistant/intent.ts';

/** What one turn's answer must (and must not) do. Every field is optional; absent fields are not checked. */
export interface TurnExpectation {
  intent?: Intent;
  /** Product ids, any one of which must be among the answer's products. */
  products?: string[];
  /** Product ids that must all be among the answer's products. */
  productsAll?: string[];
  /** Case-insensitive substrings; a price ("$9.99") matches any way of writing the same amount. */
  mustMention?: string[];
  /** The answer must say it does not know, or send the shopper to staff. */
  dontKnow?: boolean;
  mustNotMention?: string[];
}

/** One scripted conversation of the evaluation set (a line of eval/conversations.jsonl). */
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

/** The batch entry point the assistant exports from cli/commands/ask.ts. */
export type AskBatch = (
  catalogPath: string,
  conversations: { id: string; turns: string[]; product?: string }[],
  options: { model: boolean; onAnswer?: () => void },
) => Promise<{ id: string; answers: AskAnswer[] }[]>;

export type EvalMode = 'model' | 'template';
