import type { Review } from '../../catalog/types.ts';
import { nearestFamily, OVERALL, type AspectFamily } from './aspects.ts';
import { splitClauses, type Clause, type Span } from './clauses.ts';
import { freeAspect } from './free-aspects.ts';
import { clauseScore, sentimentHits, type SentimentHit } from './score-clause.ts';
import { templateSummary } from './review-summary.ts';

/** One thing shoppers praise or blame, with how many reviews say so and one of them quoted. */
export interface ReviewPoint {
  phrase: string;
  /** The number of reviews that say it. */
  count: number;
  /** A verbatim piece of one of those reviews. */
  quote: string;
  /** How the summary names it, e.g. "the quality"; null for verdicts such as "recommended". */
  topic: string | null;
}

export type SentimentLabel = 'positive' | 'mixed' | 'negative' | 'none';

/** Counts of reviews by star rating: histogram[1] is one-star reviews, histogram[5] five-star ones. */
export type RatingHistogram = Record<1 | 2 | 3 | 4 | 5, number>;

/** What a product's reviews add up to; computed without a model, so it is always there. */
export interface ReviewInsights {
  reviewCount: number;
  /** The mean star rating of the reviews that have one, rounded to one decimal; null when none has. */
  averageRating: number | null;
  histogram: RatingHistogram;
  /** score runs from -1 (all blame) to 1 (all praise); 'none' when there are no reviews. */
  sentiment: { label: SentimentLabel; score: number };
  pros: ReviewPoint[];
  cons: ReviewPoint[];
  /** Two sentences built from the figures above. */
  summary: string;
}

/** The most pros (and cons) reported: more is a list nobody reads on a kiosk. */
const MAX_POINTS = 5;
/** A quote longer than this is cut down to the clause it came from. */
const MAX_QUOTE = 160;

interface Mention {
  review: number;
  phrase: string;
  topic: string | null;
  strength: number;
  quote: string;
}

/**
 * Review insights from review texts and ratings. Review text is only ever counted and quoted here: it is
 * data, so whatever a review asks for ("ignore your instructions…") changes nothing but its own counts.
 */
export function reviewInsights(reviews: readonly Review[]): ReviewInsights {
  const histogram: RatingHistogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const ratings: number[] = [];
  const reviewScores: number[] = [];
  const pros: Mention[] = [];
  const cons: Mention[] = [];

  reviews.forEach((review, index) => {
    const stars = starsOf(review.rating);
    if (stars !== undefined) {
      histogram[stars] += 1;
      ratings.push(review.rating);
    }
    let textScore = 0;
    for (const clause of splitClauses(review.text)) {
      const hits = sentimentHits(clause.words);
      const score = clauseScore(hits);
      textScore += score;
      for (const { point, weight } of pointsOf(clause, hits)) {
        if (weight === 0) continue;
        (weight > 0 ? pros : cons).push({
          review: index,
          phrase: weight > 0 ? point.pro : point.con,
          topic: point.topic,
          strength: Math.abs(weight),
          quote: quoteOf(review.text, clause),
        });
      }
    }
    const text = Math.max(-1, Math.min(1, textScore / 1.5));
    const rating = stars === undefined ? undefined : (review.rating - 3) / 2;
    if (rating !== undefined || textScore !== 0)
      reviewScores.push(rating === undefined ? text : textScore === 0 ? rating : (rating + text) / 2);
  });

  const score = reviewScores.length === 0 ? 0 : round(mean(reviewScores), 2);
  const partial = {
    reviewCount: reviews.length,
    averageRating: ratings.length === 0 ? null : round(mean(ratings), 1),
    histogram,
    sentiment: { label: labelOf(reviews.length, score), score },
    pros: grouped(pros),
    cons: grouped(cons),
  };
  return { ...partial, summary: templateSummary(partial) };
}

type Point = Pick<AspectFamily, 'pro' | 'con' | 'topic'>;

/**
 * What a clause praises or blames. Each sentiment word goes to the aspect named nearest it, so "really
 * comfortable and they fit well" is both comfort and fit. A clause that names no aspect is about a thing
 * of its own ("the zipper broke") or, failing that, a verdict on the whole product.
 */
function pointsOf(clause: Clause, hits: readonly SentimentHit[]): { point: Point; weight: number }[] {
  const words = clause.words.map((w) => w.text);
  const byFamily = new Map<AspectFamily, number>();
  for (const hit of hits) {
    const family = nearestFamily(words, hit.index);
    if (family) byFamily.set(family, (byFamily.get(family) ?? 0) + hit.weight);
  }
  if (byFamily.size > 0) return [...byFamily].map(([point, weight]) => ({ point, weight }));
  const weight = clauseScore(hits);
  const free = freeAspect(clause.words, hits);
  const point = free ? { pro: free.phrase, con: free.phrase, topic: `the ${free.key}` } : OVERALL;
  return [{ point, weight }];
}

/** Mentions grouped by phrase, counted once per review, most frequent first; ties in phrase order. */
function grouped(mentions: readonly Mention[]): ReviewPoint[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions)
    groups.set(mention.phrase, [...(groups.get(mention.phrase) ?? []), mention]);
  return [...groups.entries()]
    .map(([phrase, group]) => {
      // The strongest mention is the clearest quote; among equals, the shortest, then the first.
      const best = [...group].sort((a, b) => b.strength - a.strength || a.quote.length - b.quote.length)[0];
      return {
        phrase,
        count: new Set(group.map((m) => m.review)).size,
        quote: best?.quote ?? '',
        topic: best?.topic ?? null,
      };
    })
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase))
    .slice(0, MAX_POINTS);
}

/** The sentence the clause is in, or the clause alone when the sentence is long; cut at a word if need be. */
function quoteOf(text: string, clause: Clause): string {
  const span: Span = clause.sentence.end - clause.sentence.start <= MAX_QUOTE ? clause.sentence : clause;
  const quote = text.slice(span.start, span.end);
  if (quote.length <= MAX_QUOTE) return quote;
  const cut = quote.lastIndexOf(' ', MAX_QUOTE);
  return quote.slice(0, cut > 0 ? cut : MAX_QUOTE);
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
