import { describeFromData, streamDescription } from '../describe/index.ts';
import type { Flow } from './context.ts';
import { showTarget, targetProduct, withoutTarget } from './product-target.ts';

/** "Tell me about it": a description checked against the product's data, streamed sentence by sentence. */
export const describeFlow: Flow = async (context) => {
  const { reply, languageModel, turn, facts } = context;
  const product = targetProduct(context);
  if (!product) return withoutTarget(context);
  showTarget(context, product);
  // The description model writes English; a Chinese reply gives the facts in Chinese instead.
  if (turn.locale !== 'en') return reply.finish(facts.summary(product));
  if (!languageModel) return reply.finish(describeFromData(product, { length: 'short' }));
  reply.usedModel = true;
  const stream = streamDescription(languageModel, product, { length: 'short', signal: reply.signal });
  for (;;) {
    const step = await stream.next();
    if (step.done) return reply.finish(step.value.text);
    reply.text(step.value);
  }
};
