/**
 * How the scorer reads numbers, prices and required words in an answer. Its own rules, not the app's text
 * layer, so that a fault there cannot hide from the score.
 */

/** A number or price found in a text, with its place in the normalised text. */
export interface Found {
  value: number;
  raw: string;
  start: number;
  end: number;
}

const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// A number is a whole token: not glued to a Latin letter ("S8", "A57") or to another number's digits,
// so "5" is not read inside "$15", "5.99" or "1,500". Chinese characters around it do not count.
const NUMBER_START = String.raw`(?<![A-Za-z0-9])(?<!\d[.,])`;
const NUMBER_END = String.raw`(?![0-9])(?![.,]\d)`;
const NUMBER = new RegExp(`${NUMBER_START}${AMOUNT}${NUMBER_END}`, 'g');
const SYMBOL = String.raw`US\$|\$|€|£|¥|(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RMB)\s?`;
const WORD_AFTER = String.raw`\s?(?:dollars?\b|bucks\b|euros?\b|yuan\b|€|元|块钱?|(?:USD|EUR|GBP|CNY|RMB)\b)`;
const PRICE = new RegExp(
  `(?:${SYMBOL})(${AMOUNT})${NUMBER_END}(?:${WORD_AFTER})?|${NUMBER_START}(${AMOUNT})${NUMBER_END}${WORD_AFTER}`,
  'gi',
);

/** Full-width digits and signs ("５９９９", "￥") read as ASCII; curly apostrophes straight; dashes as "-". */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

function amount(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** Prices in a text, however written ("$1,999.99", "10 bucks", "EUR 5", "¥5,999", "5999元"). */
export function pricesIn(text: string): Found[] {
  return [...normalise(text).matchAll(PRICE)].map((m) => ({
    value: amount(m[1] ?? m[2] ?? ''),
    raw: m[0].trim(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Every number in a text that stands as a whole token, prices' amounts included. */
export function numbersIn(text: string): Found[] {
  return [...normalise(text).matchAll(NUMBER)].map((m) => ({
    value: amount(m[0]),
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The expected words as a pattern: whitespace and hyphens between words are interchangeable ("out of
 * stock" = "out-of-stock"), and an edge that is a Latin letter or a digit must be a token edge. An edge
 * that is a Chinese character needs none: Chinese has no spaces between words.
 */
function wordsPattern(expected: string): RegExp {
  const words = normalise(expected).trim();
  const body = words
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]*');
  const first = words.charAt(0);
  const last = words.charAt(words.length - 1);
  const start = /\d/.test(first) ? NUMBER_START : /[A-Za-z]/.test(first) ? '(?<![A-Za-z0-9])' : '';
  const end = /\d/.test(last) ? NUMBER_END : /[A-Za-z]/.test(last) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(`${start}${body}${end}`, 'iu');
}

/** The amount when the expected words are one price and nothing else ("$9.99", "5999元"), else undefined. */
export function expectedPrice(expected: string): number | undefined {
  const found = pricesIn(expected);
  const price = found[0];
  if (found.length !== 1 || !price) return undefined;
  return price.raw === normalise(expected).trim() ? price.value : undefined;
}

/**
 * Whether the text mentions the expected words. A price matches any number of the same amount, however
 * written ("$9.99" is in "9.99", "USD 9.99"; "¥5,999" in "5999元", "￥5999.00"); other words match as
 * whole tokens, Chinese ones as substrings.
 */
export function mentions(text: string, expected: string): boolean {
  const price = expectedPrice(expected);
  if (price !== undefined) return numbersIn(text).some((n) => Math.abs(n.value - price) < 0.005);
  return wordsPattern(expected).test(normalise(text));
}
