import type { ReviewInsights, ReviewPoint } from './review-insights.ts';

/** The figures a summary is made from: everything in ReviewInsights but the summary itself. */
export type SummaryFacts = Omit<ReviewInsights, 'summary'>;

/**
 * A two-sentence summary built only from the computed figures: who is happy, then what they like and
 * dislike, e.g. "Most of the 12 shoppers who reviewed it are happy (average 4.3 of 5). They like the
 * quality and the comfort; a few dislike the price."
 */
export function templateSummary(facts: SummaryFacts): string {
  if (facts.reviewCount === 0)
    return 'No shopper has reviewed this product yet. Be the first to tell us what you think.';
  return `${moodSentence(facts)} ${reasonsSentence(facts)}`;
}

function moodSentence({ reviewCount, averageRating, sentiment }: SummaryFacts): string {
  const average = averageRating === null ? '' : ` (average ${averageRating.toFixed(1)} of 5)`;
  if (reviewCount === 1) {
    const mood = {
      positive: 'is happy with it',
      negative: 'is unhappy with it',
      mixed: 'has mixed feelings',
    };
    return `The one shopper who reviewed it ${mood[sentiment.label === 'none' ? 'mixed' : sentiment.label]}${average}.`;
  }
  const who = `the ${reviewCount} shoppers who reviewed it`;
  if (sentiment.label === 'positive') return `Most of ${who} are happy${average}.`;
  if (sentiment.label === 'negative') return `Most of ${who} are unhappy${average}.`;
  return `${capitalise(who)} have mixed feelings${average}.`;
}

function reasonsSentence({ reviewCount, pros, cons }: SummaryFacts): string {
  const likes = topics(pros);
  const dislikes = topics(cons);
  const share = (cons[0]?.count ?? 0) / reviewCount;
  const some = reviewCount === 1 ? 'they' : share <= 0.25 ? 'a few' : share <= 0.5 ? 'some' : 'many';
  if (likes && dislikes) return `They like ${likes}; ${some} dislike ${dislikes}.`;
  if (likes)
    return cons.length > 0 ? `They like ${likes}, though ${some} are disappointed.` : `They like ${likes}.`;
  if (dislikes)
    return pros.length > 0 ? `Some praise it, but ${some} dislike ${dislikes}.` : `They dislike ${dislikes}.`;
  if (pros.length > 0 && cons.length > 0) return 'Their comments praise and criticise it in general terms.';
  if (pros.length > 0) return 'Their comments praise it in general terms.';
  if (cons.length > 0) return 'Their comments criticise it in general terms.';
  return 'They do not say why in their comments.';
}

/** Up to two named topics, joined: "the quality and the comfort". */
function topics(points: readonly ReviewPoint[]): string {
  const named = [...new Set(points.flatMap((p) => (p.topic === null ? [] : [p.topic])))].slice(0, 2);
  return named.join(' and ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
