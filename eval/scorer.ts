/**
 * Scores the assistant's answers against the evaluation set. It checks numbers on its own, with rules of
 * its own (not the assistant's fact checker), so a fault in the checker cannot hide from the score.
 */
import type { Product, StoreProfile } from '../src/core/catalog/types.ts';
import type { AskAnswer, Conversation, TurnExpectation } from './types.ts';

/** How one answer fared. */
export interface TurnScore {
  conversation: string;
  turn: number;
  /** The answer met every expectation written for its turn. */
  passed: boolean;
  /** What went wrong, in words, for the results file. */
  failures: string[];
  /** Whether the intent was right; undefined when the turn expects none. */
  intentCorrect?: boolean;
  /** Prices and numbers in the answer that no product it concerns (nor the store) states. */
  invented: string[];
  /** Whether the answer said "I don't know" exactly when it should; undefined for off-topic turns. */
  dontKnowCorrect?: boolean;
}

/** What the scorer knows about the catalog. */
export interface ScoringFacts {
  products: ReadonlyMap<string, Product>;
  store: StoreProfile;
}

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PRICE = new RegExp(
  String.raw`(?:US\$|\$|€|£|\b(?:USD|EUR|GBP)\s?)(${AMOUNT})|(${AMOUNT})\s?(?:dollars?\b|bucks\b|euros?\b|€|\b(?:USD|EUR|GBP)\b)`,
  'gi',
);
const NUMBER = new RegExp(String.raw`(?<![A-Za-z0-9.,#])(?:${AMOUNT})`, 'g');
const LIMIT_BEFORE =
  /\b(under|below|less than|cheaper than|up to|within|at most|over|above|more than|budget( of| is)?)\s*$/i;

const DONT_KNOW = [
  /\b(i|we) (don't|do not|didn't|did not) (know|have (that|this|any|the|enough) (information|info|details?|data))\b/i,
  /\bnot sure\b/i,
  /\bno (information|info|details?|data)\b/i,
  /\b(couldn't|could not|can't|cannot|can not|was unable to|am unable to|unable to) (find|answer|say|tell|confirm)\b/i,
  /\b(isn't|is not|aren't|are not|not) (listed|stated|mentioned|specified|given|available in (our|the) (catalog|data))\b/i,
  /\b(doesn't|does not|don't|do not) (say|mention|list|specify|state)\b/i,
  /\bask (a|an|our|the|one of our) (staff|member|colleague|team|assistant|employee|sales)/i,
  /\b(staff member|member of (staff|our team)|store staff|shop staff|sales assistant)\b/i,
  /\b(we|i) (don't|do not) (have|carry|sell|stock) (that|this|any|it|those|these|such)\b/i,
  /\b(we have|i found|there are|there is) no\b/i,
  /\bno (matching |such )?(products?|results?|matches|items?)\b/i,
];

/** Whether an answer says it does not know, or sends the shopper to staff. */
export function saysDontKnow(text: string): boolean {
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  return DONT_KNOW.some((rule) => rule.test(plain));
}

function amount(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

interface Found {
  value: number;
  raw: string;
  start: number;
  end: number;
}

/** Prices in a text, however written ("$1,999.99", "10 bucks", "EUR 5"). */
export function pricesIn(text: string): Found[] {
  return [...text.matchAll(PRICE)].map((m) => ({
    value: amount(m[1] ?? m[2] ?? ''),
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Numbers that are not part of a price, leaving out list markers, ordinals and rating scales. */
function plainNumbers(text: string, prices: Found[]): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (prices.some((p) => start >= p.start && start < p.end)) continue;
    const after = text.slice(end, end + 3);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (/^\s*[-•*]?\s*$/.test(text.slice(lineStart, start)) && /^[.)]\s/.test(after)) continue;
    if (/^(st|nd|rd|th)\b/i.test(after) || /(out of|\/)\s*$/i.test(text.slice(Math.max(0, start - 8), start)))
      continue;
    found.push({ value: amount(m[0]), raw: m[0], start, end });
  }
  return found;
}

function sameNumber(written: Found, fact: number): boolean {
  if (Math.abs(written.value - fact) < 1e-9) return true;
  // A rating of 4.56 may be written 4.6; a whole number is never a rounding.
  const places = /\.(\d+)$/.exec(written.raw)?.[1]?.length ?? 0;
  return places > 0 && Math.abs(Number(fact.toFixed(places)) - written.value) < 1e-9;
}

function numbersInData(value: unknown): number[] {
  return [...JSON.stringify(value).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/**
 * The answer's prices and numbers that its products do not state. A price must be the price or sale price
 * of a product shown with the answer (or on screen); a limit ("under $50") may echo the shopper's own
 * words; any other number must appear in those products' data or the store's, or count the products.
 */
export function inventedFacts(
  answer: AskAnswer,
  conversation: Conversation,
  turn: number,
  facts: ScoringFacts,
): string[] {
  const ids = new Set(answer.products);
  if (conversation.product !== undefined) ids.add(conversation.product);
  const products = [...ids].flatMap((id) => facts.products.get(id) ?? []);
  const prices = products.flatMap((p) =>
    [p, ...p.variants].flatMap((v) => [v.price, ...(v.salePrice === undefined ? [] : [v.salePrice])]),
  );
  const said = conversation.turns.slice(0, turn + 1).join(' ');
  const saidNumbers = [...pricesIn(said).map((p) => p.value), ...plainNumbers(said, []).map((n) => n.value)];
  const known = [...numbersInData(products), ...numbersInData(facts.store), answer.products.length];
  const invented: string[] = [];
  const textPrices = pricesIn(answer.text);
  for (const price of textPrices) {
    if (prices.some((p) => Math.abs(p - price.value) < 0.005)) continue;
    const limit = LIMIT_BEFORE.test(answer.text.slice(Math.max(0, price.start - 20), price.start));
    if (limit && saidNumbers.some((n) => Math.abs(n - price.value) < 0.005)) continue;
    invented.push(price.raw);
  }
  for (const number of plainNumbers(answer.text, textPrices)) {
    if (!known.some((k) => sameNumber(number, k))) invented.push(number.raw);
  }
  return invented;
}

/** Whether the text mentions the expected words; a price matches any way of writing the same amount. */
export function mentions(text: string, expected: string): boolean {
  const asPrice = pricesIn(expected);
  const price = asPrice[0];
  if (asPrice.length === 1 && price && price.raw.trim() === expected.trim()) {
    return pricesIn(text).some((p) => Math.abs(p.value - price.value) < 0.005);
  }
  return text.toLowerCase().includes(expected.toLowerCase());
}

function expectationFailures(answer: AskAnswer, expected: TurnExpectation): string[] {
  const failures: string[] = [];
  if (expected.intent !== undefined && answer.intent !== expected.intent) {
    failures.push(`intent ${answer.intent}, expected ${expected.intent}`);
  }
  if (expected.products && !expected.products.some((id) => answer.products.includes(id))) {
    failures.push(`none of products ${expected.products.join(', ')} shown`);
  }
  const missing = (expected.productsAll ?? []).filter((id) => !answer.products.includes(id));
  if (missing.length > 0) failures.push(`products ${missing.join(', ')} not shown`);
  for (const words of expected.mustMention ?? []) {
    if (!mentions(answer.text, words)) failures.push(`does not mention "${words}"`);
  }
  for (const words of expected.mustNotMention ?? []) {
    if (mentions(answer.text, words)) failures.push(`mentions "${words}"`);
  }
  if (expected.dontKnow === true && !saysDontKnow(answer.text))
    failures.push('does not say it does not know');
  return failures;
}

/** Scores every turn of one conversation; a missing answer fails its turn. */
export function scoreConversation(
  conversation: Conversation,
  answers: readonly AskAnswer[],
  facts: ScoringFacts,
): TurnScore[] {
  return conversation.turns.map((_, turn) => {
    const expected = conversation.expect[turn] ?? {};
    const answer = answers[turn];
    if (!answer) {
      return { conversation: conversation.id, turn, passed: false, failures: ['no answer'], invented: [] };
    }
    const failures = expectationFailures(answer, expected);
    const declines = expected.intent === 'off-topic';
    return {
      conversation: conversation.id,
      turn,
      passed: failures.length === 0,
      failures,
      intentCorrect: expected.intent === undefined ? undefined : answer.intent === expected.intent,
      invented: inventedFacts(answer, conversation, turn, facts),
      dontKnowCorrect: declines ? undefined : saysDontKnow(answer.text) === (expected.dontKnow === true),
    };
  });
}
