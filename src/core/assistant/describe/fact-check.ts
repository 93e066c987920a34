import type { StoreProfile } from '../../catalog/types.ts';
import type { DroppedSentence } from '../grounding/checked-stream.ts';
import { factChecker, violationReason, type FactChecker, type GroundingRule } from '../grounding/checker.ts';
import type { ProductFacts } from './product-facts.ts';

export type { DroppedSentence } from '../grounding/checked-stream.ts';

/**
 * A description keeps to the product's data: every number with the data's own unit, no name, claim or
 * content the data lacks, and no words about the text itself. It is given no price, so any price is invented.
 */
export const DESCRIBE_RULES: readonly GroundingRule[] = [
  'numbers',
  'proper-names',
  'claims',
  'meta',
  'grounding',
];

/** Share of a description sentence's content words that must be the product data's own words. */
const MIN_GROUNDED_SHARE = 0.5;

const checkers = new WeakMap<ProductFacts, FactChecker>();

/** The checker of one product's descriptions, built once per product's facts. */
export function descriptionChecker(facts: ProductFacts): FactChecker {
  const cached = checkers.get(facts);
  if (cached) return cached;
  // The store plays no part in a description: it states nothing about the shop.
  const store: StoreProfile = { name: '', currency: facts.product.currency, locale: 'en-US', faq: [] };
  const checker = factChecker(
    { products: [facts.product], store },
    {
      rules: DESCRIBE_RULES,
      groundingText: facts.text,
      minGroundedShare: MIN_GROUNDED_SHARE,
      strictUnits: true,
    },
  );
  checkers.set(facts, checker);
  return checker;
}

/**
 * Why a sentence states something the product's data does not, or undefined when it keeps to the data:
 * a number (or a number's unit) the data lacks, a name the data never uses, a claim such as "waterproof"
 * the data never makes, content the data does not back, or words about the text itself.
 */
export function unsupportedReason(sentence: string, facts: ProductFacts): string | undefined {
  const [first] = descriptionChecker(facts).check(sentence).violations;
  return first ? violationReason(first) : undefined;
}

/** Sentences split into those that keep to the product's data and those that do not. */
export function checkSentences(
  sentences: readonly string[],
  facts: ProductFacts,
): { kept: string[]; dropped: DroppedSentence[] } {
  const kept: string[] = [];
  const dropped: DroppedSentence[] = [];
  for (const sentence of sentences) {
    const reason = unsupportedReason(sentence, facts);
    if (reason === undefined) kept.push(sentence);
    else dropped.push({ sentence, reason });
  }
  return { kept, dropped };
}
