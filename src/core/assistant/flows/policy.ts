import type { Product, StoreProfile } from '../../catalog/types.ts';
import type { PolicyTopic } from '../understand/turn.ts';
import type { FlowContext } from './context.ts';

function storePolicy(store: StoreProfile, topic: PolicyTopic): string | undefined {
  if (topic === 'returns') return store.returnPolicy;
  if (topic === 'warranty') return store.warrantyPolicy;
  return store.shippingPolicy;
}

/** The policy text for a product: its own terms first, else the store's (most shops state only those). */
export function policyFor(product: Product | undefined, store: StoreProfile, topic: PolicyTopic) {
  const own = product?.policies[topic];
  if (own) return { text: own, fromStore: false };
  const general = storePolicy(store, topic);
  return general ? { text: general, fromStore: true } : undefined;
}

/** The distinct per-product terms of a policy, most common first, with how many products carry each. */
function perProduct(products: readonly Product[], topic: PolicyTopic): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const product of products) {
    const text = product.policies[topic];
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

/**
 * Answers a policy question: about the product when there is one (its own terms, else the store's),
 * about the store otherwise; with neither, what the products' own terms are, or "I don't know".
 */
export function answerPolicy(context: FlowContext, product: Product | undefined, topic: PolicyTopic) {
  const { reply, say, store, catalog } = context;
  const topicName = say.topicNames[topic];
  const found = policyFor(product, store, topic);
  if (found && product && !found.fromStore)
    return reply.finish(say.productPolicy(product.title, topicName, found.text));
  if (found) {
    // The store's terms, and the own terms of the products on screen that have them ("保修多久？" after a
    // search: the store's warranty, and the laptop's 2 years).
    const shownOwn = product ? [] : context.conversation.shown.filter((p) => p.policies[topic]).slice(0, 3);
    if (shownOwn.length > 0) context.conversation.show(reply, shownOwn, (p) => p.categoryPath.at(-1) ?? '');
    const own = shownOwn.map((p) => say.productPolicy(p.title, topicName, p.policies[topic] ?? ''));
    return reply.finish([say.storePolicy(topicName, found.text), ...own].join(say.sentenceGap));
  }
  const values = perProduct(catalog.products, topic);
  if (values.length > 0 && !product) return reply.finish(say.policyPerProduct(topicName, values.slice(0, 3)));
  if (product) return reply.finish(say.dontKnowTopic(topicName, product.title), true);
  return reply.finish(say.dontKnowStore(topicName), true);
}
