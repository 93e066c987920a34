import type { Product } from '../../catalog/types.ts';
import type { FlowContext } from './context.ts';

/**
 * The one product a question is about: the one pointed at, named, on screen, or the only one just
 * shown. Undefined when there is none, or when the message pointed at several.
 */
export function targetProduct(context: FlowContext): Product | undefined {
  const { turn, inView, conversation } = context;
  if (turn.referenced.length > 0) return turn.referenced.length === 1 ? turn.referenced[0] : undefined;
  if (turn.refersBack && conversation.shown.length > 1 && !turn.named) return undefined;
  return turn.named ?? inView ?? (conversation.shown.length === 1 ? conversation.shown[0] : undefined);
}

/** No single product to talk about: ask which one, or say the catalog does not have what was named. */
export function withoutTarget(context: FlowContext) {
  const { turn, conversation, reply, say } = context;
  const several = turn.referenced.length > 1 ? turn.referenced : turn.refersBack ? conversation.shown : [];
  if (several.length > 1) return reply.finish(say.askWhich(several.map((p) => p.title)), true);
  return reply.finish(say.askWhich([]), true);
}

/** Shows the product the answer is about as its card, and notes the shopper's interest. */
export function showTarget(context: FlowContext, product: Product): void {
  context.conversation.noteInterest([product]);
  context.conversation.show(context.reply, [product], (p) => p.categoryPath.at(-1) ?? '');
}
