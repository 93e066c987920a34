import type { Product, StoreProfile } from '../../catalog/types.ts';
import { ASK_STAFF, dontKnow } from './small-talk.ts';

interface StoreTopic {
  name: string;
  pattern: RegExp;
  storeFact: (store: StoreProfile) => string | undefined;
  productFact?: (product: Product) => string | undefined;
}

const TOPICS: StoreTopic[] = [
  {
    name: 'return policy',
    pattern: /\b(return|refund|exchange|money back|(bring|take|send) (it )?back)/,
    storeFact: (store) => store.returnPolicy,
    productFact: (product) => product.policies.returns,
  },
  {
    name: 'warranty terms',
    pattern: /\b(warrant|guarantee)/,
    storeFact: (store) => store.warrantyPolicy,
    productFact: (product) => product.policies.warranty,
  },
  {
    name: 'shipping terms',
    pattern: /\b(ship|deliver)/,
    storeFact: () => undefined,
    productFact: (product) => product.policies.shipping,
  },
  {
    name: 'opening hours',
    pattern: /\b(open|close|hours|closing|opening)\b/,
    storeFact: (store) => store.openingHours,
  },
];

const WORD = /[a-z0-9]+/g;
const COMMON = new Set(
  'a an the is are do does you your i can what how when where which to of for in on my me it'.split(' '),
);

function keywords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((word) => !COMMON.has(word)));
}

/** The store FAQ entry sharing the most words with the question, if it shares at least two. */
function faqAnswer(question: string, store: StoreProfile): string | undefined {
  const asked = keywords(question);
  let best: { answer: string; overlap: number } | undefined;
  for (const entry of store.faq) {
    const overlap = [...keywords(entry.question)].filter((word) => asked.has(word)).length;
    if (overlap >= 2 && overlap > (best?.overlap ?? 0)) best = { answer: entry.answer, overlap };
  }
  return best?.answer;
}

export interface StoreAnswer {
  text: string;
  dontKnow: boolean;
  /** The verified policy text the answer quotes (for the fact checker). */
  facts: string[];
}

/**
 * Answers a question about the store (returns, warranty, shipping, opening hours, the store FAQ) from
 * the store profile, or from the product on screen when the terms are per product.
 */
export function answerStoreQuestion(
  question: string,
  store: StoreProfile,
  products: readonly Product[],
  inView: Product | undefined,
): StoreAnswer {
  const text = question.toLowerCase();
  const faq = faqAnswer(text, store);
  const topic = TOPICS.find((candidate) => candidate.pattern.test(text));
  if (!topic) {
    if (faq) return { text: faq, dontKnow: false, facts: [faq] };
    return { text: dontKnow('an answer to that'), dontKnow: true, facts: [] };
  }
  const productFact = inView && topic.productFact?.(inView);
  if (productFact)
    return {
      text: `For the ${inView.title}: ${productFact}.`,
      dontKnow: false,
      facts: [productFact],
    };
  const storeFact = topic.storeFact(store) ?? faq;
  if (storeFact) return { text: storeFact, dontKnow: false, facts: [storeFact] };
  const perProduct = topic.productFact && products.some((product) => topic.productFact?.(product));
  if (perProduct)
    return {
      text:
        `That depends on the product: each one has its own ${topic.name}. Tell me which product you ` +
        `mean, or open it and ask me there. ${ASK_STAFF}`,
      dontKnow: true,
      facts: [],
    };
  return { text: dontKnow(`the store's ${topic.name}`), dontKnow: true, facts: [] };
}
