import type { ReviewsMessages } from '../en/reviews.ts';

/** Chinese reviews messages, key for key as the English ones. */
export const reviews: ReviewsMessages = {};
