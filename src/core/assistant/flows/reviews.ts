import { messages } from '../../../i18n/messages.ts';
import { reviewInsights } from '../reviews/index.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import { hasPhrase } from '../understand/phrases.ts';
import type { Flow } from './context.ts';
import { showTarget, targetProduct, withoutTarget } from './product-target.ts';

/** The most complaints named in one answer. */
const MAX_COMPLAINTS = 3;

/** The catalog's rating first (the store's own figure), then what the reviewers say, counted. */
export const reviewsFlow: Flow = async (context) => {
  const { reply, say, facts, turn } = context;
  const product = targetProduct(context);
  if (!product) return withoutTarget(context);
  showTarget(context, product);
  const rating = facts.rating(product);
  const insights = reviewInsights(product.reviews, {
    locale: turn.locale,
    ratingStated: rating !== undefined,
  });
  if (insights.reviewCount === 0 && !rating) return reply.finish(say.noReviews(product.title), true);
  const sentences = rating ? [say.rated(product.title, rating)] : [];
  // "Any complaints?": what reviewers hold against it, counted. Where no blame was read from them, the
  // whole summary answers: a complaint put in words the reader missed must not become "none".
  const complaints = insights.cons.slice(0, MAX_COMPLAINTS);
  if (complaints.length > 0 && hasPhrase(turn.message, lexicon(turn.locale).complaints)) {
    sentences.push(messages(turn.locale).reviews.criticism(complaints, insights.reviewCount));
    return reply.finish(sentences.join(say.sentenceGap));
  }
  if (insights.summary) sentences.push(insights.summary);
  return reply.finish(sentences.join(say.sentenceGap));
};
