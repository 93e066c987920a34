import { messages } from '../../i18n/messages.ts';
import type { AnswerCard, AssistantAnswer, ReplySink } from './reply.ts';

/**
 * Answers one of the questions, into the sink given, after the ones before it have been answered; or
 * nothing, when an earlier answer already said what it asks.
 */
export type AnswerOne = (question: string, sink: ReplySink) => Promise<AssistantAnswer | undefined>;

/**
 * The answers to several questions of one message as one reply: each answered in turn (a later one about
 * what an earlier one showed), the text growing on screen as each is written, every product card once.
 * A fact two questions both ask for ("原价多少？现在卖多少？") is said once.
 */
export async function answerEach(
  questions: readonly string[],
  answerOne: AnswerOne,
  sink: ReplySink,
  started: number,
): Promise<AssistantAnswer | undefined> {
  const answers: AssistantAnswer[] = [];
  let cards: AnswerCard[] = [];
  const withCards = (more: readonly AnswerCard[]) => [
    ...cards,
    ...more.filter((card) => !cards.some((shown) => shown.id === card.id)),
  ];
  let text = '';
  for (const question of questions) {
    if (sink.signal?.aborted) break;
    const before = text;
    const gap = messages(answers[0]?.locale ?? 'en').assistant.sentenceGap;
    const joined = (part: string) => (before ? `${before}${gap}${part}` : part);
    const answer = await answerOne(question, {
      signal: sink.signal,
      onCards: (more, table) => sink.onCards?.(withCards(more), table),
      onText: (part) => sink.onText?.(joined(part)),
    });
    if (!answer) continue;
    answers.push(answer);
    cards = withCards(answer.cards);
    if (!before.includes(answer.text)) text = joined(answer.text);
  }
  const [first] = answers;
  if (!first) return undefined;
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
