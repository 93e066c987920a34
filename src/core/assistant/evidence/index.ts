/**
 * Open product questions answered from all of a product's evidence. The lead's product-question flow
 * calls answerFromEvidence; the rest is exported for tests and the hetPQA evaluation.
 */
export { answerFromEvidence } from './answer.ts';
export { productPassages } from './passages.ts';
export { rankPassages, RELEVANCE_THRESHOLD, type RankedPassage } from './rank.ts';
export { isYesNoQuestion } from './polarity.ts';
export type { EvidenceAnswer, EvidenceOptions, Passage, PassageSource, StorePolicies } from './types.ts';
