import { LEXICONS } from '../text/lexicons.ts';
import { resolveCurrency } from '../text/money.ts';
import { findNumbers, wordAfter, wordBefore, type NumberMention } from '../text/numbers.ts';
import type { SearchFilters, SortOrder } from './filters.ts';
import { escapeRegExp as escape } from '../text/regex.ts';

/** What a free-text query asks for beyond its words: price bounds, rating, stock and a sort order. */
export interface ParsedQuery {
  /** The query with the understood phrases taken out: what is left to match against products. */
  text: string;
  filters: SearchFilters;
  sort?: SortOrder;
  /** The phrases that were understood as constraints, as the shopper wrote them. */
  understood: string[];
  /**
   * The ISO currency of the price bounds: the one the query writes ("500元" is CNY), else the store's.
   * Set only with a price bound; a caller may tell the shopper when it is not the store's currency.
   */
  currency?: string;
}

export interface ParseQueryOptions {
  /** The store's currency (ISO): what a bare "under 500" is in. */
  currency?: string;
}

/** A price "around" an amount spans this share either side of it. */
const AROUND = 0.2;

interface Span {
  start: number;
  end: number;
}

type PhraseEffect = (parsed: ParsedQuery) => void;

/** Sort, stock and rating phrases of every lexicon, longest first so "好评最多" wins over "好评". */
const PHRASES: { phrase: string; spaced: boolean; effect: PhraseEffect }[] = LEXICONS.flatMap((lexicon) => {
  const effects: [readonly string[], PhraseEffect][] = [
    [lexicon.cheapest, (p) => (p.sort = 'price-asc')],
    [lexicon.priciest, (p) => (p.sort = 'price-desc')],
    [lexicon.bestRated, (p) => (p.sort = 'rating')],
    [lexicon.wellRated, (p) => (p.filters.minRating = 4)],
    [lexicon.inStock, (p) => (p.filters.inStock = true)],
  ];
  return effects.flatMap(([phrases, effect]) =>
    phrases.map((phrase) => ({ phrase, spaced: lexicon.spaced, effect })),
  );
}).sort((a, b) => b.phrase.length - a.phrase.length);

/** Star ratings, which read like numbers but are no price: "4 stars and up", "rated 4.5 or more", "4星以上". */
const RATING_RULES: RegExp[] = [
  /\b(?:(?:at least|min(?:imum)?|over|above)\s*)?(\d(?:\.\d)?)\s*\+?\s*stars?(?:\s*(?:and up|or more|or better|\+))?/gi,
  /\b(?:rated|rating)\s*(?:of\s*)?(?:at least|above|over|>=?)?\s*(\d(?:\.\d)?)\s*\+?(?:\s*(?:stars?|and up|or more|or better))?/gi,
  /(?:评分|评价)?\s*(?:至少|不低于)?\s*(\d(?:\.\d)?)\s*(?:颗星|星|分(?!钟))\s*(?:及)?(?:以上)?/g,
];

function phraseRule(phrase: string, spaced: boolean): RegExp {
  const body = escape(phrase).replace(/[ -]/g, '[ -]');
  return new RegExp(spaced ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'giu');
}

/** Takes the sort, stock and rating phrases out of the text, applying them. */
function readPhrases(text: string, parsed: ParsedQuery): string {
  let rest = text;
  for (const rule of RATING_RULES) {
    for (const match of [...rest.matchAll(rule)]) {
      const value = Number(match[1]);
      if (!(value > 0 && value <= 5)) continue;
      parsed.filters.minRating = value;
      parsed.understood.push(match[0].trim());
      rest = rest.replace(match[0], ' ');
    }
  }
  for (const { phrase, spaced, effect } of PHRASES) {
    const rule = phraseRule(phrase, spaced);
    for (const match of [...rest.matchAll(rule)]) {
      effect(parsed);
      parsed.understood.push(match[0].trim());
      rest = rest.replace(match[0], ' ');
    }
  }
  return rest;
}

const RANGE_BEFORE = LEXICONS.flatMap((l) => l.rangeBefore);
const RANGE_AFTER = LEXICONS.flatMap((l) => l.rangeAfter);
const RANGE_JOIN = LEXICONS.flatMap((l) => l.rangeJoin);

/** Whether a number can be a price: it names a currency, or it has no unit and a limit word says so. */
function priceLike(mention: NumberMention): boolean {
  return mention.kind === 'price' || (mention.unit === undefined && mention.bound !== undefined);
}

/** "between $300 and $600", "300到600元", "在300和600元之间": the phrase's span, or undefined. */
function rangeSpan(text: string, first: NumberMention, second: NumberMention): Span | undefined {
  if (!priceLike(first) && first.unit !== undefined) return undefined;
  if (!priceLike(second) && second.unit !== undefined) return undefined;
  const between = text.slice(first.end, second.start).trim().toLowerCase();
  if (!RANGE_JOIN.includes(between)) return undefined;
  const before = text.slice(0, first.start);
  const opener = wordBefore(before, RANGE_BEFORE);
  const closer = wordAfter(text.slice(second.phraseEnd), RANGE_AFTER);
  const priced = first.kind === 'price' || second.kind === 'price';
  // Two bare numbers are a range only where a word says so ("between 50 and 100"): "iphone 13-15" is not.
  if (!priced && opener === undefined && closer === undefined) return undefined;
  const start = opener === undefined ? first.start : before.toLowerCase().lastIndexOf(opener);
  const afterSecond = text.slice(second.phraseEnd);
  const end =
    closer === undefined
      ? second.phraseEnd
      : second.phraseEnd + (afterSecond.length - afterSecond.trimStart().length) + closer.length;
  return { start, end };
}

/** Reads the price bounds of the text into `parsed`; returns the spans it understood. */
function readPrices(text: string, parsed: ParsedQuery, storeCurrency: string | undefined): Span[] {
  const mentions = findNumbers(text);
  const spans: Span[] = [];
  const setCurrency = (written: string | undefined) => {
    if (storeCurrency !== undefined) parsed.currency = resolveCurrency(written, storeCurrency);
    else if (written !== undefined && written !== '$' && written !== '¥') parsed.currency = written;
  };
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention === undefined) continue;
    const next = mentions[i + 1];
    const range = next ? rangeSpan(text, mention, next) : undefined;
    if (range && next) {
      parsed.filters.minPrice = Math.min(mention.value, next.value);
      parsed.filters.maxPrice = Math.max(mention.value, next.value);
      setCurrency(next.currency ?? mention.currency);
      spans.push(range);
      i++;
      continue;
    }
    if (!priceLike(mention)) continue;
    const bound = mention.bound ?? 'about';
    // "around 5" without a currency is as likely a size as a price; "under 500" is the store's money.
    if (bound === 'about' && mention.kind !== 'price' && !mention.limited) continue;
    if (bound === 'max') parsed.filters.maxPrice = mention.value;
    if (bound === 'min') parsed.filters.minPrice = mention.value;
    // "A budget of about 2000" spends up to a little over it; "around 500" is either side of it.
    if (bound === 'about' && !mention.limited)
      parsed.filters.minPrice = Math.floor(mention.value * (1 - AROUND));
    if (bound === 'about') {
      parsed.filters.maxPrice = Math.ceil(mention.value * (1 + AROUND));
      parsed.filters.aroundPrice = mention.value;
    }
    setCurrency(mention.currency);
    spans.push({ start: mention.phraseStart, end: mention.phraseEnd });
  }
  return spans;
}

/**
 * Finds price bounds, ratings, stock and sort phrases in a shopper's query, in English or Chinese:
 * "under 500 yuan", "500元以下", "不超过500元", "300到600元", "between $300 and $600", "cheapest", "最便宜".
 * A bare amount with a limit word ("under 500") is in the store's currency.
 */
export function parseQuery(query: string, options: ParseQueryOptions = {}): ParsedQuery {
  const parsed: ParsedQuery = { text: query, filters: {}, understood: [] };
  let rest = readPhrases(query, parsed);
  const spans = readPrices(rest, parsed, options.currency).sort((a, b) => b.start - a.start);
  const priceWords = spans.map((span) => rest.slice(span.start, span.end).trim()).reverse();
  for (const span of spans) rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  parsed.understood.splice(0, 0, ...priceWords);
  // "500元以下的手机": the particle that tied the price to the noun goes with the price.
  parsed.text = rest
    .replace(/(^|\s)的/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return parsed;
}
