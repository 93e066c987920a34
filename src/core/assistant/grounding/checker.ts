import type { Product } from '../../catalog/types.ts';
import { searchTerms } from '../../search/terms.ts';
import { LEXICONS } from '../../text/lexicons.ts';
import { formatPrice } from '../../text/money.ts';
import { findNumbers, type NumberMention } from '../../text/numbers.ts';
import { hasHan, sentenceSpans } from '../../text/segment.ts';
import { GENERIC_WORDS, unsupportedClaims } from './claims.ts';
import { indexFacts, numberIsFact, priceIsFact, type FactIndex, type FactSheet } from './fact-sheet.ts';
import {
  catalogNames,
  maskTitles,
  modelNames,
  namedProducts,
  phraseKey,
  tokenize,
  type CatalogNames,
  type Token,
} from './names.ts';

export type { FactSheet } from './fact-sheet.ts';

/**
 * The rules a caller picks from:
 * - prices: every price is one of the products' prices (a wrong one is fixed where `fixPrices` allows);
 * - numbers: every other number is in the facts, with a unit that fits (`strictUnits`: the same unit);
 * - names: no catalog product, brand or model name that the facts lack (needs the catalog);
 * - proper-names: no capitalised name at all that the facts lack ("Made in Germany");
 * - claims: no claim word (materials, features, certifications, universal promises) the facts lack;
 * - meta: no sentence about the text itself ("Here is a description");
 * - filler: no conversational filler ("Based on the information provided");
 * - grounding: most content words of the sentence occur in the facts (`minGroundedShare`).
 */
export type GroundingRule =
  'prices' | 'numbers' | 'names' | 'proper-names' | 'claims' | 'meta' | 'filler' | 'grounding';

/** Something a sentence states that the facts do not back. */
export interface Violation {
  kind: 'price' | 'number' | 'brand' | 'product-name' | 'name' | 'claim' | 'meta' | 'filler' | 'ungrounded';
  /** The offending text as written. */
  found: string;
  /** The whole sentence it stood in, as written. */
  sentence: string;
  /** The correct text put in its place, when the sentence could be repaired. */
  fix?: string;
}

export interface CheckerOptions {
  rules: readonly GroundingRule[];
  /** The catalog, for the names rule: a product the facts do not include must not be named. */
  catalog?: { products: Product[] };
  /** What the claims and grounding rules compare against; all the facts' text by default. */
  groundingText?: string;
  /** Share of a sentence's content words that must occur in the facts (grounding rule); 0.5 by default. */
  minGroundedShare?: number;
  /** A number must carry the facts' own unit: "15.14 inches" is invented when the data says "Width: 15.14". */
  strictUnits?: boolean;
  /** Replace a wrong price in a sentence about exactly one product with its price, instead of dropping. */
  fixPrices?: boolean;
}

/** One sentence after checking: the text to show (repaired where allowed), or undefined when dropped. */
export interface SentenceVerdict {
  text: string | undefined;
  violations: Violation[];
}

/** A checker bound to one fact sheet and set of rules, for any number of sentences. */
export interface FactChecker {
  readonly facts: FactIndex;
  check(sentence: string): SentenceVerdict;
}

/** The rules answers have always been checked by. */
export const ANSWER_RULES: readonly GroundingRule[] = ['prices', 'numbers', 'names'];

/** Why a violation drops its sentence, in the words staff read in the describe report. */
export function violationReason(violation: Violation): string {
  if (violation.kind === 'meta') return 'it talks about the text, not the product';
  if (violation.kind === 'filler') return 'it is filler, not an answer';
  return `"${violation.found}" is not in the product data`;
}

interface SentenceContext {
  facts: FactIndex;
  names: CatalogNames | undefined;
  sentence: string;
  tokens: Token[];
  /** Tokens that spell a fact product's title: checked as the facts' own words. */
  masked: boolean[];
  numbers: NumberMention[];
}

const REGULAR_PRICE_WORDS = LEXICONS.flatMap((l) => l.regularPrice);
const DEFAULT_GROUNDED_SHARE = 0.5;

/** Capitalised words that are no claim of their own. */
const COMMON_CAPITALS: ReadonlySet<string> = new Set(
  'i its it this the a an with and for our your'.split(' '),
);
/** Lines about the text itself rather than the product ("Here is a description", "I hope this helps"). */
const META =
  /\b(?:description|here is|here's|i hope|i am|i'm|as an ai|sentences?|paragraph|product details)\b|^(?:sure|certainly|okay)\b|\bI\b|以下是|这段描述|希望.*帮助/i;
/**
 * Sentences that talk about the conversation instead of the product ("Based on the information
 * provided", "I'm sorry for your loss"): a small model's filler, never an answer.
 */
const FILLER =
  /\b(based on (the|this) information|in this scenario|the answer is|as an ai|i'm sorry for|i would suggest|the facts|the shopper|happy shopping)\b|[\u{1F300}-\u{1FAFF}]/iu;

function numberViolations(ctx: SentenceContext, options: CheckerOptions): Violation[] {
  const found: Violation[] = [];
  const checkPrices = options.rules.includes('prices');
  for (const mention of ctx.numbers) {
    if (mention.kind === 'price' && checkPrices) {
      // A limit echoes the shopper ("under $50"): fine when the facts carry the number, e.g. as the
      // stated budget in extraFacts; a price claim must be one of the products' prices.
      const ok =
        priceIsFact(mention, ctx.facts) ||
        (mention.bound !== undefined && numberIsFact({ ...mention, kind: 'number' }, ctx.facts));
      if (!ok) found.push({ kind: 'price', found: mention.raw, sentence: ctx.sentence });
    } else if (mention.kind === 'price') {
      // Without the price rule (descriptions are given no price) any price is invented.
      found.push({ kind: 'price', found: mention.raw, sentence: ctx.sentence });
    } else if (!numberIsFact(mention, ctx.facts, options.strictUnits)) {
      found.push({ kind: 'number', found: mention.raw, sentence: ctx.sentence });
    }
  }
  return found;
}

function inFacts(words: string[], facts: FactIndex): boolean {
  return facts.haystack.includes(phraseKey(words));
}

function nameViolations(ctx: SentenceContext): Violation[] {
  const { facts, names, sentence, tokens, masked } = ctx;
  if (!names) return [];
  const found: Violation[] = [];
  const factIds = new Set(facts.products.map((p) => p.id));
  const spanText = (from: number, to: number) =>
    sentence.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const reported = new Set<string>();
  for (const hit of namedProducts(tokens, masked, names)) {
    if (factIds.has(hit.product.id)) continue;
    const words = tokens.slice(hit.from, hit.to).map((t) => t.lower);
    // A part of a fact product's name or text ("Galaxy" beside a fact "Galaxy S8") is the facts' own word.
    if (inFacts(words, facts) || facts.titles.some((title) => phraseKey(title).includes(phraseKey(words))))
      continue;
    const text = spanText(hit.from, hit.to);
    if (reported.has(text)) continue;
    reported.add(text);
    found.push({ kind: 'product-name', found: text, sentence });
  }
  const brandWords = new Set<number>();
  for (const match of names.brandPattern ? sentence.matchAll(names.brandPattern) : []) {
    const written = match[0];
    const brand = written.toLowerCase();
    const start = match.index;
    const end = start + written.length;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) brandWords.add(i);
    });
    // Brands are proper nouns: "apple" the fruit or "essence" the word are not brand mentions (a
    // Chinese brand, written without capitals, always is one).
    if (!/^(?:[A-Z]|\p{Script=Han})/u.test(written) || facts.brands.has(brand)) continue;
    const first = tokens.findIndex((t) => t.start >= start);
    if (first >= 0 && masked[first]) continue;
    if (
      inFacts(
        tokenize(brand).map((t) => t.lower),
        facts,
      )
    )
      continue;
    found.push({ kind: 'brand', found: written, sentence });
  }
  // Names the catalog has never heard of ("Galaxy Z9", "ProMax 3000"). Fact titles, brands (checked
  // above) and prices split the runs, so "Samsung Galaxy Z9" is judged as "Galaxy Z9".
  const prices = ctx.numbers.filter((n) => n.kind === 'price');
  const inPrice = (t: Token) => prices.some((p) => t.start >= p.start && t.end <= p.end);
  const skip = (i: number) => {
    const token = tokens[i];
    return token === undefined || masked[i] === true || brandWords.has(i) || inPrice(token);
  };
  const known = (word: string) => names.haystack.includes(` ${word} `);
  for (const run of modelNames(sentence, tokens, skip, known)) {
    const words = run.map((t) => t.lower);
    if (inFacts(words, facts) || names.haystack.includes(phraseKey(words))) continue;
    const text = sentence.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0);
    if (!reported.has(text)) found.push({ kind: 'product-name', found: text, sentence });
  }
  return found;
}

/** Capitalised words after the first word of the sentence that the facts never use: brands, places, models. */
function properNameViolations(ctx: SentenceContext, text: string): Violation[] {
  const words = ctx.sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return words
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w) && !COMMON_CAPITALS.has(w.toLowerCase()))
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((name) => !text.includes(name.toLowerCase()))
    .slice(0, 1)
    .map((name) => ({ kind: 'name', found: name, sentence: ctx.sentence }));
}

/** Content words: Latin words of four letters or more that say something, and Chinese bigrams. */
function contentTerms(text: string): string[] {
  return searchTerms(text).filter((term) =>
    hasHan(term) ? term.length === 2 : term.length >= 4 && !/^\d/.test(term) && !GENERIC_WORDS.has(term),
  );
}

/**
 * How much of a sentence is made of the facts' own words. A small model pads text with plausible detail
 * ("tested extensively", "specially designed fabric", "suits every skin type"); such a sentence is mostly
 * words the facts lack.
 */
export function groundedShare(sentence: string, factsText: string): number {
  const known = new Set(searchTerms(factsText));
  const content = contentTerms(sentence);
  if (content.length === 0) return 1;
  return content.filter((term) => known.has(term)).length / content.length;
}

/** The one fact product a sentence is about, if it is about exactly one. */
function subjectOf(ctx: SentenceContext, titlesSeen: Set<number>): Product | undefined {
  const { facts, tokens, names } = ctx;
  if (facts.products.length === 1) return facts.products[0];
  const ids = new Set<string>();
  for (const which of titlesSeen) {
    const product = facts.products[which];
    if (product) ids.add(product.id);
  }
  const none = tokens.map(() => false);
  for (const hit of names ? namedProducts(tokens, none, names) : []) {
    if (facts.products.some((p) => p.id === hit.product.id)) ids.add(hit.product.id);
  }
  // A brand that only one fact product has names it too ("the Dell costs ...").
  for (const product of facts.products) {
    const brand = product.brand?.toLowerCase();
    if (!brand || facts.products.filter((p) => p.brand?.toLowerCase() === brand).length > 1) continue;
    const words = tokenize(brand).map((t) => t.lower);
    if (phraseKey(tokens.map((t) => t.lower)).includes(phraseKey(words))) ids.add(product.id);
  }
  return ids.size === 1 ? facts.products.find((p) => ids.has(p.id)) : undefined;
}

function speaksOfRegularPrice(sentence: string): boolean {
  const words = sentence.toLowerCase().split(/[^\p{L}]+/u);
  return (
    words.some((w) => REGULAR_PRICE_WORDS.includes(w)) ||
    REGULAR_PRICE_WORDS.some((w) => hasHan(w) && sentence.includes(w))
  );
}

function correctPrice(product: Product, sentence: string, locale: string): string | undefined {
  // "It was $X" speaks of the regular price; otherwise the price at the till is what the shopper pays.
  const amount =
    product.salePrice !== undefined && !speaksOfRegularPrice(sentence) ? product.salePrice : product.price;
  return Number.isFinite(amount) ? formatPrice(amount, product.currency, locale) : undefined;
}

/** A checker for the fact sheet with the caller's rules. Build one per answer or description, not per sentence. */
export function factChecker(sheet: FactSheet, options: CheckerOptions): FactChecker {
  const facts = indexFacts(sheet);
  const rules = new Set(options.rules);
  const names = rules.has('names') && options.catalog ? catalogNames(options.catalog.products) : undefined;
  const groundingText = options.groundingText ?? facts.text;
  const lowerGrounding = groundingText.toLowerCase();
  const known = rules.has('grounding') ? new Set(searchTerms(groundingText)) : new Set<string>();
  const minShare = options.minGroundedShare ?? DEFAULT_GROUNDED_SHARE;

  const check = (sentence: string): SentenceVerdict => {
    const tokens = tokenize(sentence);
    const masked = tokens.map(() => false);
    const titlesSeen = maskTitles(tokens, facts.titles, masked);
    const ctx: SentenceContext = { facts, names, sentence, tokens, masked, numbers: findNumbers(sentence) };
    const found: Violation[] = [];
    if (rules.has('prices') || rules.has('numbers')) found.push(...numberViolations(ctx, options));
    if (rules.has('names')) found.push(...nameViolations(ctx));
    if (rules.has('proper-names')) found.push(...properNameViolations(ctx, facts.text));
    if (rules.has('claims'))
      for (const claim of unsupportedClaims(sentence, lowerGrounding))
        found.push({ kind: 'claim', found: claim, sentence });
    if (rules.has('meta') && META.test(sentence)) found.push({ kind: 'meta', found: sentence, sentence });
    if (rules.has('filler') && FILLER.test(sentence))
      found.push({ kind: 'filler', found: sentence, sentence });
    if (rules.has('grounding') && found.length === 0) {
      const content = contentTerms(sentence);
      const missing = content.filter((term) => !known.has(term));
      if (content.length > 0 && (content.length - missing.length) / content.length < minShare)
        found.push({ kind: 'ungrounded', found: missing.slice(0, 3).join(' '), sentence });
    }
    if (found.length === 0) return { text: sentence, violations: [] };
    const onlyPrices = found.every((v) => v.kind === 'price');
    const subject =
      options.fixPrices && rules.has('prices') && onlyPrices ? subjectOf(ctx, titlesSeen) : undefined;
    const fix = subject ? correctPrice(subject, sentence, sheet.store.locale) : undefined;
    if (fix === undefined) return { text: undefined, violations: found };
    let repaired = sentence;
    // Right to left, so earlier offsets stay valid.
    const wrong = ctx.numbers
      .filter((p) => p.kind === 'price' && found.some((v) => v.found === p.raw))
      .sort((a, b) => b.start - a.start);
    for (const price of wrong) repaired = repaired.slice(0, price.start) + fix + repaired.slice(price.end);
    return { text: repaired, violations: found.map((v) => ({ ...v, fix })) };
  };
  return { facts, check };
}

/** An answer after checking: what may be shown, and what was wrong with the original. */
export interface CheckedAnswer {
  text: string;
  violations: Violation[];
  /** Sentences removed because they stated something the facts do not back. */
  dropped: string[];
}

/**
 * Checks every price, number, brand and product name in an answer against the facts it was given (or the
 * rules the caller picks). A wrong price in a sentence about exactly one product is replaced by that
 * product's price; any other unbacked statement removes its whole sentence. Nothing the facts lack gets
 * through.
 */
export function checkAnswer(
  answer: string,
  facts: FactSheet,
  catalog: { products: Product[] },
  rules: readonly GroundingRule[] = ANSWER_RULES,
): CheckedAnswer {
  return checkText(answer, factChecker(facts, { rules, catalog, fixPrices: true }));
}

/** Runs a checker over every sentence of a text, keeping the layout of what it keeps. */
export function checkText(answer: string, checker: FactChecker): CheckedAnswer {
  const violations: Violation[] = [];
  const dropped: string[] = [];
  let text = '';
  let cursor = 0;
  for (const span of sentenceSpans(answer)) {
    const verdict = checker.check(span.text);
    text += answer.slice(cursor, span.start);
    cursor = span.end;
    violations.push(...verdict.violations);
    if (verdict.text === undefined) dropped.push(span.text);
    else text += verdict.text;
  }
  text += answer.slice(cursor);
  return { text: tidy(text), violations, dropped };
}

/** Removes the blank lines and doubled spaces that dropped sentences leave behind. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trimEnd())
    .filter((line, i, lines) => line.trim() !== '' || (i > 0 && lines[i - 1]?.trim() !== ''))
    .join('\n')
    .trim();
}
