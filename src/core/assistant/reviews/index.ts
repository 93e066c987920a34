export {
  reviewInsights,
  type RatingHistogram,
  type ReviewInsights,
  type ReviewPoint,
  type SentimentLabel,
} from './review-insights.ts';
export { templateSummary, type SummaryFacts } from './review-summary.ts';
export { phraseReviewSummary, reviewFacts, type PhrasedSummary } from './phrase-summary.ts';
