import type { Flow, FlowContext } from './context.ts';
import { isPolicyTopic } from '../understand/turn.ts';
import { answerPolicy } from './policy.ts';

function productOf(context: FlowContext) {
  const { turn, conversation } = context;
  return turn.referenced[0] ?? turn.named ?? (turn.refersBack ? conversation.shown[0] : undefined);
}

/** Questions about the store: opening hours, policies, payment and contact, and the store's FAQ. */
export const storeInfoFlow: Flow = async (context) => {
  const { turn, store, reply, say, conversation } = context;
  const faq = turn.faq?.answer;
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
