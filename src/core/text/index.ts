export {
  words,
  sentences,
  sentenceSpans,
  isFinished,
  foldText,
  hasHan,
  terms,
  type SentenceSpan,
} from './segment.ts';
export {
  findNumbers,
  joinsRange,
  parseAmount,
  parseChineseNumber,
  wordAfter,
  wordBefore,
  type NumberBound,
  type NumberMention,
} from './numbers.ts';
export { attributeDimension, canonicalUnit, unitInLabel, UNIT_DIMENSIONS } from './units.ts';
export { currencyFits, formatPrice, isOnSale, resolveCurrency, shopperPrice, tillPrice } from './money.ts';
export { lexiconFor, LEXICONS } from './lexicons.ts';
export type { TextLexicon } from './lexicon.ts';
