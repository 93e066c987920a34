import { reviewInsights } from '../reviews/index.ts';
import type { Flow } from './context.ts';
import { showTarget, targetProduct, withoutTarget } from './product-target.ts';

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
  if (insights.summary) sentences.push(insights.summary);
  return reply.finish(sentences.join(say.sentenceGap));
};
