import type { Product } from '../../catalog/types.ts';
import { productFacts, streamDescription } from '../describe/index.ts';
import type { Flow, FlowContext } from './context.ts';
import { showTarget, targetProduct, withoutTarget } from './product-target.ts';

/** Specifications a spoken description names: the first few, as a shop assistant would. */
const SPOKEN_DETAILS = 3;

/**
 * "Tell me about it" without the model's words: its price and stock, what it is in its own description's
 * words, then its first specifications, in the reply's language.
 */
function describedFromData(context: FlowContext, product: Product): string {
  const { say, facts } = context;
  const known = productFacts(product);
  const details = known.details
    .slice(0, SPOKEN_DETAILS)
    .map((detail) => say.attribute(detail.label, detail.value));
  return [
    facts.summary(product),
    known.about,
    details.length > 0 ? say.attributes(product.title, details) : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(say.sentenceGap);
}

/** "Tell me about it": a description checked against the product's data, streamed sentence by sentence. */
export const describeFlow: Flow = async (context) => {
  const { reply, languageModel, turn } = context;
  const product = targetProduct(context);
  if (!product) return withoutTarget(context);
  showTarget(context, product);
  // The description model writes English; a Chinese reply is made of the product's data.
  if (turn.locale !== 'en' || !languageModel) return reply.finish(describedFromData(context, product));
  reply.usedModel = true;
  const stream = streamDescription(languageModel, product, { length: 'short', signal: reply.signal });
  for (;;) {
    const step = await stream.next();
    if (step.done) return reply.finish(step.value.text);
    reply.text(step.value);
  }
};
