import type { Review } from '../../catalog/types.ts';
import { detectLocale, type Locale } from '../../../i18n/locale.ts';
import { reviewLexicon } from './lexicon/index.ts';
import { joinWords, opinionsOf, readingContext, type Opinion } from './opinions.ts';
import { groupPoints, type ReviewPoint } from './points.ts';
import { CLAUSE_SUMMARY, clauseSummary, type ClauseSummaryOptions } from './extractive-summary.ts';
import { disagreements, templateSummary, type Disagreement } from './review-summary.ts';

export type SentimentLabel = 'positive' | 'mixed' | 'negative' | 'none';

/** Counts of reviews by star rating: histogram[1] is one-star reviews, histogram[5] five-star ones. */
export type RatingHistogram = Record<1 | 2 | 3 | 4 | 5, number>;

/** What a product's reviews add up to; computed without a model, so it is always there. */
export interface ReviewInsights {
  /** The language the summary and the fixed wording are in; the quotes stay as reviewers wrote them. */
  locale: Locale;
  reviewCount: number;
  /** The mean star rating of the reviews that have one, rounded to one decimal; null when none has. */
  averageRating: number | null;
  histogram: RatingHistogram;
  /** score runs from -1 (all blame) to 1 (all praise); 'none' when there are no reviews. */
  sentiment: { label: SentimentLabel; score: number };
  /** The most-made points of praise, at most five, most reviewers first. */
  pros: ReviewPoint[];
  /** The most-made points of blame, at most five. */
  cons: ReviewPoint[];
  /** Every point found, both directions, most reviewers first. */
  points: ReviewPoint[];
  /** Topics some reviewers praise and others blame. */
  disagreements: Disagreement[];
  /** The product as the reviews name it ("these boots"), or null. */
  product: string | null;
  /** A few sentences built from the counted points. */
  summary: string;
  /** The points the summary names, each with its quotes. */
  summaryPoints: ReviewPoint[];
}

export interface ReviewInsightsOptions {
  /** The language of the summary; by default the language most of the reviews are written in. */
  locale?: Locale;
  /** Tuning of the clause summary (eval/reviews/tune.ts); by default CLAUSE_SUMMARY. */
  clauseSummary?: Partial<ClauseSummaryOptions>;
  /**
   * The store states its own rating beside the summary: the summary gives no second average, which
   * could differ (the store's may count more reviews than the catalog carries).
   */
  ratingStated?: boolean;
}

/** The most pros (and cons) listed: more is a list nobody reads on a kiosk. */
const MAX_POINTS = 5;

/**
 * Review insights from review texts and ratings. Review text is only ever counted and quoted here: it is
 * data, so whatever a review asks for ("ignore your instructions…") changes nothing but its own counts.
 */
export function reviewInsights(
  reviews: readonly Review[],
  options: ReviewInsightsOptions = {},
): ReviewInsights {
  const locale = options.locale ?? detectLocale(reviews.map((r) => r.text).join('\n'));
  const histogram: RatingHistogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const ratings: number[] = [];
  const reviewScores: number[] = [];
  const opinions: Opinion[] = [];
  const context = readingContext(reviews.map((r) => r.text));
  reviews.forEach((review, index) => {
    const stars = starsOf(review.rating);
    if (stars !== undefined) {
      histogram[stars] += 1;
      ratings.push(review.rating);
    }
    const own = opinionsOf(review.text, index, context);
    opinions.push(...own);
    const textScore = own.reduce((sum, o) => sum + o.weight, 0);
    const text = Math.max(-1, Math.min(1, textScore / 1.5));
    const rating = stars === undefined ? undefined : (review.rating - 3) / 2;
    if (rating !== undefined || textScore !== 0)
      reviewScores.push(rating === undefined ? text : textScore === 0 ? rating : (rating + text) / 2);
  });
  const points = groupPoints(opinions, (o) => reviewLexicon(detectLocale(reviews[o.review]?.text ?? '')));
  const score = reviewScores.length === 0 ? 0 : round(mean(reviewScores), 2);
  const label = labelOf(reviews.length, score);
  const averageRating = ratings.length === 0 ? null : round(mean(ratings), 1);
  const product =
    context.product === undefined
      ? null
      : joinWords([context.determiner ?? '', context.product].filter(Boolean));
  const facts = {
    reviewCount: reviews.length,
    averageRating: options.ratingStated ? null : averageRating,
    mood: label,
    product,
    points,
  };
  // Summaries are made of the reviewers' own clauses where they write in the summary's language; a
  // Chinese summary of English reviews, and any review set with no clause fit to quote, keep the template
  // of counted points.
  const ownLanguage = locale === 'en' || detectLocale(reviews.map((r) => r.text).join('\n')) === locale;
  const clauses =
    ownLanguage && reviews.length > 0
      ? clauseSummary(reviews, facts, locale, { ...CLAUSE_SUMMARY, ...options.clauseSummary })
      : undefined;
  const summary =
    clauses !== undefined && clauses.points.length > 0 ? clauses : templateSummary(facts, locale);
  return {
    locale,
    reviewCount: reviews.length,
    averageRating,
    histogram,
    sentiment: { label, score },
    pros: points.filter((p) => p.polarity === 'pro').slice(0, MAX_POINTS),
    cons: points.filter((p) => p.polarity === 'con').slice(0, MAX_POINTS),
    points,
    disagreements: disagreements(points),
    product,
    summary: summary.text,
    summaryPoints: summary.points,
  };
}

const STARS = [1, 2, 3, 4, 5] as const;

/** The histogram bar a rating falls in; undefined for a missing or out-of-range rating. */
function starsOf(rating: number): (typeof STARS)[number] | undefined {
  if (!Number.isFinite(rating) || rating < 1 || rating > 5) return undefined;
  return STARS[Math.round(rating) - 1];
}

function labelOf(count: number, score: number): SentimentLabel {
  if (count === 0) return 'none';
  if (score >= 0.3) return 'positive';
  if (score <= -0.3) return 'negative';
  return 'mixed';
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
