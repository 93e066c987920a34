/** English reviews messages. Functions take what varies; the Chinese file has the same keys. */
export const reviews = {};

export type ReviewsMessages = typeof reviews;
