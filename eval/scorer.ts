/**
 * Scores the assistant's answers against an evaluation set. It checks numbers on its own, with rules of
 * its own (not the assistant's fact checker), so a fault in the checker cannot hide from the score.
 */
import type { Product, StoreProfile } from '../src/core/catalog/types.ts';
import { detectLocale } from '../src/i18n/locale.ts';
import { mentions, normalise, numbersIn, pricesIn, type Found } from './mentions.ts';
import type { AskAnswer, Conversation, TurnExpectation } from './types.ts';

export { mentions, pricesIn } from './mentions.ts';

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
  /** Prices and numbers in the answer that no product it concerns, the store nor the shopper states. */
  invented: string[];
  /** Whether "don't know" was said; only for turns where it was due. */
  dontKnowSaid?: boolean;
  /** Whether "don't know" was not said; only for turns where an answer was due. */
  dontKnowAvoided?: boolean;
  /** Whether the answer said "I don't know" exactly when it should; undefined for off-topic turns. */
  dontKnowCorrect?: boolean;
}

/** What the scorer knows about the catalog. */
export interface ScoringFacts {
  products: ReadonlyMap<string, Product>;
  store: StoreProfile;
}

const LIMIT_BEFORE =
  /(\b(under|below|less than|cheaper than|up to|within|at most|over|above|more than|budget( of| is)?|between|from|\d[\d.,]*\s*(to|-|–))|低于|不超过|不到|少于|高于|超过|预算(是|为)?|以内)\s*$/i;
const LIMIT_AFTER = /^\s*(以下|以内|以上|之内|左右|(to|-|–|到|至)\s*[$¥€£]?\d)/;

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
  /不(知道|清楚|确定)|没有(相关|这方面的?|该|此)?(信息|资料|数据|说明|记录)|未(注明|说明|标注|提及|列出)|没有(写明|注明|说明|标注|提到|列出)|(无法|不能)(回答|确认|判断|提供|找到)|(请|可以)?(咨询|询问|联系)(店员|工作人员|店内员工|客服)|(没有|没)(找到|卖|销售|出售|这(款|类|种)(商品|产品))|暂无|不(销售|出售|经营)/,
];

/** Whether an answer says it does not know, or sends the shopper to staff (English or Chinese). */
export function saysDontKnow(text: string): boolean {
  const plain = normalise(text);
  return DONT_KNOW.some((rule) => rule.test(plain));
}

/** Numbers that are not part of a price, leaving out list markers, ordinals and rating scales. */
function plainNumbers(text: string, prices: Found[]): Found[] {
  const plain = normalise(text);
  const found: Found[] = [];
  for (const number of numbersIn(plain)) {
    const { start, end } = number;
    if (prices.some((p) => start >= p.start && start < p.end)) continue;
    const after = plain.slice(end, end + 3);
    const before = plain.slice(Math.max(0, start - 8), start);
    const lineStart = plain.lastIndexOf('\n', start - 1) + 1;
    if (/^\s*[-•*]?\s*$/.test(plain.slice(lineStart, start)) && /^([.)、]\s?|\s)/.test(after)) continue;
    if (/^(st|nd|rd|th)\b/i.test(after) || /(out of|\/|满分|第)\s*$/i.test(before)) continue;
    found.push(number);
  }
  return found;
}

function sameNumber(written: Found, fact: number): boolean {
  if (Math.abs(written.value - fact) < 1e-9) return true;
  // A rating of 4.56 may be written 4.6; a whole number is never a rounding.
  const places = /\.(\d+)$/.exec(written.raw)?.[1]?.length ?? 0;
  return places > 0 && Math.abs(Number(fact.toFixed(places)) - written.value) < 1e-9;
}

/** Every number a value states: its numbers, and the numbers written in its strings. */
function numbersInData(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string')
    return [...numbersIn(value).map((n) => n.value), ...[...value.matchAll(/\d+/g)].map((m) => Number(m[0]))];
  if (Array.isArray(value)) return value.flatMap(numbersInData);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersInData);
  return [];
}

/**
 * The answer's prices and numbers that nobody stated. A price must be the price or sale price of a
 * product shown with the answer (or on screen); a limit ("under $50", "500元以下") may echo the shopper's
 * own words; any other number must appear in those products' data, the store's, or the shopper's
 * messages, or count the products. The products the previous answer showed count as shown too: a
 * follow-up names them ("nothing cheaper than the 20V jigsaw").
 */
export function inventedFacts(
  answer: AskAnswer,
  conversation: Conversation,
  turn: number,
  facts: ScoringFacts,
  previous: readonly string[] = [],
): string[] {
  const ids = new Set([...answer.products, ...previous]);
  if (conversation.product !== undefined) ids.add(conversation.product);
  const products = [...ids].flatMap((id) => facts.products.get(id) ?? []);
  // Product prices, and the prices the store's own terms state (delivery fees, thresholds).
  const prices = [
    ...products.flatMap((p) =>
      [p, ...p.variants].flatMap((v) => [v.price, ...(v.salePrice === undefined ? [] : [v.salePrice])]),
    ),
    ...numbersInData(facts.store),
  ];
  const saidNumbers = numbersIn(conversation.turns.slice(0, turn + 1).join('\n')).map((n) => n.value);
  // A rating the reviews give on average is the catalog's, though no field states it.
  const averages = products.flatMap((p) =>
    p.reviews.length === 0 ? [] : [p.reviews.reduce((sum, r) => sum + r.rating, 0) / p.reviews.length],
  );
  const known = [
    ...numbersInData(products),
    ...numbersInData(facts.store),
    ...averages,
    answer.products.length,
  ];
  const text = normalise(answer.text);
  const invented: string[] = [];
  const textPrices = pricesIn(text);
  for (const price of textPrices) {
    if (prices.some((p) => Math.abs(p - price.value) < 0.005)) continue;
    const limit =
      LIMIT_BEFORE.test(text.slice(Math.max(0, price.start - 20), price.start)) ||
      LIMIT_AFTER.test(text.slice(price.end, price.end + 8));
    if (limit && saidNumbers.some((n) => Math.abs(n - price.value) < 0.005)) continue;
    invented.push(price.raw);
  }
  for (const number of plainNumbers(text, textPrices)) {
    if (![...known, ...saidNumbers].some((k) => sameNumber(number, k))) invented.push(number.raw);
  }
  return invented;
}

/** Whether the turn expects a real answer: products to show or words to say, and no "don't know". */
function answerDue(expected: TurnExpectation): boolean {
  if (expected.dontKnow !== undefined) return !expected.dontKnow;
  if (expected.intent === 'off-topic') return false;
  return [expected.products, expected.productsAny, expected.mustMention].some((l) => (l?.length ?? 0) > 0);
}

function expectationFailures(answer: AskAnswer, expected: TurnExpectation): string[] {
  const failures: string[] = [];
  if (expected.intent !== undefined && answer.intent !== expected.intent) {
    failures.push(`intent ${answer.intent}, expected ${expected.intent}`);
  }
  const missing = (expected.products ?? []).filter((id) => !answer.products.includes(id));
  if (missing.length > 0) failures.push(`products ${missing.join(', ')} not shown`);
  const any = expected.productsAny;
  if (any && !any.some((id) => answer.products.includes(id))) {
    failures.push(`none of products ${any.join(', ')} shown`);
  }
  for (const words of expected.mustMention ?? []) {
    if (!mentions(answer.text, words)) failures.push(`does not mention "${words}"`);
  }
  for (const words of expected.mustNotMention ?? []) {
    if (mentions(answer.text, words)) failures.push(`mentions "${words}"`);
  }
  const saysIt = saysDontKnow(answer.text);
  if (expected.dontKnow === true && !saysIt) failures.push('does not say it does not know');
  if (saysIt && answerDue(expected)) failures.push('says it does not know where an answer was due');
  const locale = detectLocale(answer.text);
  if (expected.answerLocale !== undefined && locale !== expected.answerLocale) {
    failures.push(`answers in ${locale}, expected ${expected.answerLocale}`);
  }
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
    const saysIt = saysDontKnow(answer.text);
    const due = expected.dontKnow === true;
    const declines = expected.intent === 'off-topic' && expected.dontKnow === undefined;
    return {
      conversation: conversation.id,
      turn,
      passed: failures.length === 0,
      failures,
      intentCorrect: expected.intent === undefined ? undefined : answer.intent === expected.intent,
      invented: inventedFacts(answer, conversation, turn, facts, answers[turn - 1]?.products),
      dontKnowSaid: due ? saysIt : undefined,
      dontKnowAvoided: !due && answerDue(expected) ? !saysIt : undefined,
      dontKnowCorrect: declines ? undefined : saysIt === due,
    };
  });
}
