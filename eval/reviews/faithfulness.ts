import type { Review } from '../../src/core/catalog/types.ts';
import type { ReviewInsights } from '../../src/core/assistant/reviews/index.ts';
import { words } from '../../src/core/text/segment.ts';

/**
 * How many of the points a summary names are backed by the reviews: a point is backed when each review it
 * counts gives a quote that is verbatim in that review, the count is the number of those reviews, and the
 * words of the point's phrase all occur in one of its quotes.
 */
export function backedPoints(
  insights: ReviewInsights,
  reviews: readonly Review[],
): { points: number; backed: number } {
  const points = insights.summaryPoints;
  let backed = 0;
  for (const point of points) {
    const verbatim = point.quotes.every((q) => reviews[q.review]?.text.includes(q.text) === true);
    const counted = new Set(point.quotes.map((q) => q.review)).size === point.count;
    const phrase = words(point.phrase);
    const traced = point.quotes.some((q) => {
      const quoted = new Set(words(q.text));
      return phrase.every((w) => quoted.has(w));
    });
    if (verbatim && counted && traced) backed += 1;
  }
  return { points: points.length, backed };
}
