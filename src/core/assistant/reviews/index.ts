export {
  reviewInsights,
  type RatingHistogram,
  type ReviewInsights,
  type ReviewInsightsOptions,
  type SentimentLabel,
} from './review-insights.ts';
export type { ReviewPoint, ReviewQuote } from './points.ts';
export {
  templateSummary,
  type Disagreement,
  type ReviewSummary,
  type SummaryFacts,
} from './review-summary.ts';
export { phraseReviewSummary, reviewFacts, type PhrasedSummary } from './phrase-summary.ts';
