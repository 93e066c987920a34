/** Fixed answers for turns that need no catalog facts. Kiosk tone: short, polite, plain words. */

export const GREETING =
  'Hello! I can help you find products, compare them, and answer questions about prices, stock and ' +
  'store policies. What are you looking for today?';

export const OFF_TOPIC =
  'Sorry, I can only help with shopping in this store, for example finding a product, checking a ' +
  'price or comparing two items.';

export const ASK_STAFF = 'A member of staff will be happy to help.';

/** The assistant's answer when the catalog does not hold what was asked: it never guesses. */
export function dontKnow(what: string): string {
  return `I'm sorry, I don't have ${what} in our catalog. ${ASK_STAFF}`;
}

/** When a follow-up points at several products and the question needs one. */
export function askWhich(titles: readonly string[]): string {
  const list = titles.slice(0, 4).join(', ');
  return titles.length > 0
    ? `Which one do you mean: ${list}? You can also tap a product to ask about it.`
    : 'Which product do you mean? Tap a product to ask about it, or tell me its name.';
}
