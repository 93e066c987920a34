export {
  ANSWER_RULES,
  checkAnswer,
  checkText,
  factChecker,
  groundedShare,
  violationReason,
  type CheckedAnswer,
  type CheckerOptions,
  type FactChecker,
  type GroundingRule,
  type SentenceVerdict,
  type Violation,
} from './checker.ts';
export {
  checkedStream,
  type CheckedStreamOptions,
  type DroppedSentence,
  type StreamEvent,
  type StreamProgress,
  type StreamResult,
} from './checked-stream.ts';
export {
  indexFacts,
  productFactSheet,
  type FactIndex,
  type FactSheet,
  type ProductFactSheet,
} from './fact-sheet.ts';
export { phraseWithModel, type PhrasedText, type PhrasingRequest } from './model-phrasing.ts';
export { availabilityText, factLines, priceText, ratingText } from './product-facts-block.ts';
export { CLAIM_TERMS, unsupportedClaims } from './claims.ts';
