import type { FaqEntry } from '../../catalog/types.ts';
import { terms } from '../../text/segment.ts';
import type { Flow, FlowContext } from './context.ts';
import { isPolicyTopic } from '../understand/turn.ts';
import { answerPolicy } from './policy.ts';

/** Terms that carry a question's subject: not single Latin letters or single Chinese characters. */
function subjectTerms(text: string): Set<string> {
  return new Set(terms(text).filter((term) => term.length >= 2));
}

/** The store FAQ entry sharing the most subject terms with the question, when it shares at least two. */
function faqAnswer(text: string, faq: readonly FaqEntry[]): string | undefined {
  const asked = subjectTerms(text);
  let best: { answer: string; overlap: number } | undefined;
  for (const entry of faq) {
    const overlap = [...subjectTerms(entry.question)].filter((term) => asked.has(term)).length;
    if (overlap >= 2 && overlap > (best?.overlap ?? 0)) best = { answer: entry.answer, overlap };
  }
  return best?.answer;
}

function productOf(context: FlowContext) {
  const { turn, conversation } = context;
  return turn.referenced[0] ?? turn.named ?? (turn.refersBack ? conversation.shown[0] : undefined);
}

/** Questions about the store: opening hours, policies, payment and contact, and the store's FAQ. */
export const storeInfoFlow: Flow = async (context) => {
  const { turn, store, reply, say, conversation } = context;
  const faq = faqAnswer(turn.text, store.faq);
  if (isPolicyTopic(turn.topic)) {
    // "How fast do you ship the <product>?": a product's own terms win over the store's.
    const product = productOf(context);
    if (product) conversation.show(reply, [product], (p) => p.categoryPath.at(-1) ?? '');
    if (faq && !product) return reply.finish(faq);
    return answerPolicy(context, product, turn.topic);
  }
  if (turn.topic === 'hours' && store.openingHours) return reply.finish(store.openingHours);
  if (faq) return reply.finish(faq);
  if (turn.topic) return reply.finish(say.dontKnowStore(say.topicNames[turn.topic]), true);
  return reply.finish(say.dontKnowAnything, true);
};
