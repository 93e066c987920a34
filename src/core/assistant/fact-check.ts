import { formatPrice } from '../catalog/money.ts';
import type { Product } from '../catalog/types.ts';
import { indexFacts, numberIsFact, priceIsFact, type FactIndex, type FactSheet } from './fact-index.ts';
import {
  catalogNames,
  maskTitles,
  modelNames,
  namedProducts,
  phraseKey,
  tokenize,
  type CatalogNames,
  type Token,
} from './names-in-text.ts';
import { findNumbers, type NumberMention } from './numbers-in-text.ts';
import { splitSentences } from './sentences.ts';

export type { FactSheet } from './fact-index.ts';

/** Something an answer states that the facts do not back. */
export interface Violation {
  kind: 'price' | 'number' | 'brand' | 'product-name';
  /** The offending text as written. */
  found: string;
  /** The whole sentence it stood in, as written. */
  sentence: string;
  /** The correct text put in its place, when the sentence could be repaired. */
  fix?: string;
}

/** An answer after checking: what may be shown, and what was wrong with the original. */
export interface CheckedAnswer {
  text: string;
  violations: Violation[];
  /** Sentences removed because they stated something the facts do not back. */
  dropped: string[];
}

interface SentenceContext {
  facts: FactIndex;
  names: CatalogNames;
  sentence: string;
  tokens: Token[];
  /** Tokens that spell a fact product's title: checked as the facts' own words. */
  masked: boolean[];
  prices: NumberMention[];
}

function numberViolations(ctx: SentenceContext, numbers: NumberMention[]): Violation[] {
  const found: Violation[] = [];
  for (const mention of numbers) {
    if (mention.kind === 'price') {
      // A limit echoes the shopper ("under $50"): fine when the facts carry the number, e.g. as the
      // stated budget in extraFacts; a price claim must be one of the products' prices.
      const ok =
        priceIsFact(mention, ctx.facts) ||
        (mention.bound && numberIsFact({ ...mention, kind: 'number' }, ctx.facts));
      if (!ok) found.push({ kind: 'price', found: mention.raw, sentence: ctx.sentence });
    } else if (!numberIsFact(mention, ctx.facts)) {
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
    // Brands are proper nouns: "apple" the fruit or "essence" the word are not brand mentions.
    if (!/^[A-Z]/.test(written) || facts.brands.has(brand)) continue;
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
  const inPrice = (t: Token) => ctx.prices.some((p) => t.start >= p.start && t.end <= p.end);
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
  for (const hit of namedProducts(tokens, none, names)) {
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

function correctPrice(product: Product, sentence: string, locale: string): string | undefined {
  // "It was $X" speaks of the regular price; otherwise the price at the till is what the shopper pays.
  const regular = /\b(regular|regularly|was|list|original|originally|usual|usually|normally|before)\b/i.test(
    sentence,
  );
  const amount = product.salePrice !== undefined && !regular ? product.salePrice : product.price;
  return Number.isFinite(amount) ? formatPrice(amount, product.currency, locale) : undefined;
}

/**
 * Checks every price, number, brand and product name in an answer against the facts it was given.
 * A wrong price in a sentence about exactly one product is replaced by that product's price; any other
 * unbacked statement removes its whole sentence. Nothing the facts lack gets through.
 */
export function checkAnswer(
  answer: string,
  facts: FactSheet,
  catalog: { products: Product[] },
): CheckedAnswer {
  const index = indexFacts(facts);
  const names = catalogNames(catalog.products);
  const numbers = findNumbers(answer);
  const violations: Violation[] = [];
  const dropped: string[] = [];
  let text = '';
  let cursor = 0;
  for (const span of splitSentences(answer)) {
    const sentence = span.text;
    const tokens = tokenize(sentence);
    const masked = tokens.map(() => false);
    const titlesSeen = maskTitles(tokens, index.titles, masked);
    const own = numbers
      .filter((n) => n.start >= span.start && n.end <= span.end)
      .map((n) => ({ ...n, start: n.start - span.start, end: n.end - span.start }));
    const ctx: SentenceContext = {
      facts: index,
      names,
      sentence,
      tokens,
      masked,
      prices: own.filter((n) => n.kind === 'price'),
    };
    const found = [...numberViolations(ctx, own), ...nameViolations(ctx)];
    text += answer.slice(cursor, span.start);
    cursor = span.end;
    if (found.length === 0) {
      text += sentence;
      continue;
    }
    const subject = found.every((v) => v.kind === 'price') ? subjectOf(ctx, titlesSeen) : undefined;
    const fix = subject ? correctPrice(subject, sentence, facts.store.locale) : undefined;
    if (fix === undefined) {
      violations.push(...found);
      dropped.push(sentence);
      continue;
    }
    let repaired = sentence;
    // Right to left, so earlier offsets stay valid.
    const wrong = ctx.prices
      .filter((p) => found.some((v) => v.found === p.raw))
      .sort((a, b) => b.start - a.start);
    for (const price of wrong) repaired = repaired.slice(0, price.start) + fix + repaired.slice(price.end);
    violations.push(...found.map((v) => ({ ...v, fix })));
    text += repaired;
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
