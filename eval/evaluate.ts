import type { Catalog } from '../src/core/catalog/types.ts';
import { scoreConversation, type ScoringFacts, type TurnScore } from './scorer.ts';
import { summarise, type ModeSummary } from './summary.ts';
import type { AskAnswer, AskBatch, Conversation, EvalMode } from './types.ts';

/** One mode's full record: the summary, and every answer with its score, for the results file. */
export interface ModeResult {
  summary: ModeSummary;
  turns: (TurnScore & { question: string; answer?: AskAnswer })[];
}

/** Runs the set through the assistant in one mode and scores every answer. */
export async function evaluateMode(
  mode: EvalMode,
  conversations: Conversation[],
  options: {
    askBatch: AskBatch;
    catalogPath: string;
    /** The catalog with the set's store profile applied; read from the path when absent. */
    catalog?: Catalog;
    facts: ScoringFacts;
    onAnswer?: () => void;
  },
): Promise<ModeResult> {
  const request = conversations.map(({ id, turns, product }) => ({ id, turns, product }));
  const replies = await options.askBatch(options.catalogPath, request, {
    model: mode === 'model',
    onAnswer: options.onAnswer,
    catalog: options.catalog,
  });
  const byId = new Map(replies.map((r) => [r.id, r.answers]));
  const turns: ModeResult['turns'] = [];
  const answers: AskAnswer[] = [];
  for (const conversation of conversations) {
    const given = byId.get(conversation.id) ?? [];
    answers.push(...given);
    scoreConversation(conversation, given, options.facts).forEach((score, turn) => {
      turns.push({ ...score, question: conversation.turns[turn] ?? '', answer: given[turn] });
    });
  }
  return { summary: summarise(turns, answers), turns };
}
