import { LEXICON_EN } from './lexicon-en.ts';
import { LEXICON_ZH } from './lexicon-zh.ts';
import { LEXICONS } from './lexicons.ts';
import { escapeRegExp as escape } from './regex.ts';
import { canonicalUnit, UNIT_NAMES } from './units.ts';

/**
 * The one reader of numbers in text, English and Chinese: prices with their currency ("$5", "5,99 €",
 * "USD 5", "￥5,999", "五百元", "500 块"), measures with their unit ("1.7 L", "6.1英寸", "a two-year
 * warranty"), clock times, and the limit words around them ("under $50", "500元以下"). Full-width digits
 * and signs are read through NFKC; offsets always point into the text as written.
 */

/** A limit rather than a claim: "under $50" (max), "over 2 kg" (min), "around $500", "500元左右" (about). */
export type NumberBound = 'max' | 'min' | 'about';

/** One number stated in a text, located by character offsets into the text as written. */
export interface NumberMention {
  start: number;
  end: number;
  /** The text as written, currency sign and unit included (what a fix replaces). */
  raw: string;
  value: number;
  kind: 'price' | 'number';
  /** For prices: the ISO code the text names ('USD', 'CNY', 'EUR'), or '$' / '¥' for a bare sign. */
  currency?: string;
  /** For numbers: the canonical unit ('year', 'kg', 'inch', 'percent', 'star', 'stock', 'clock'...). */
  unit?: string;
  bound?: NumberBound;
  /**
   * A limit word before an approximate number ("预算2000左右", "a budget of 500 or so"): an amount the
   * shopper means to spend up to, money where it names no unit.
   */
  limited?: boolean;
  /** The phrase with its limit words: "under $50" in "shoes under $50 please". Same as start/end without them. */
  phraseStart: number;
  phraseEnd: number;
}

const ISO_CODES: ReadonlySet<string> = new Set(
  'USD EUR GBP CAD AUD NZD JPY CNY RMB CHF SEK NOK DKK PLN CZK HUF INR BRL MXN ZAR SGD HKD KRW ILS AED TWD'.split(
    ' ',
  ),
);

const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);
const isSpaced = (word: string) => /^[a-z]/i.test(word);

// ---------------------------------------------------------------------------------------------------------
// Normalising with offsets: NFKC per character, so "５９９９元" reads as "5999元" and offsets map back.

interface Normalised {
  text: string;
  /** origin[i] is the offset in the written text of normalised character i; origin[length] its length. */
  origin: number[];
}

function normalise(written: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of written) {
    const folded = char.normalize('NFKC');
    for (let k = 0; k < folded.length; k++) origin.push(at);
    text += folded;
    at += char.length;
  }
  origin.push(at);
  return { text, origin };
}

function writtenEnd(norm: Normalised, end: number): number {
  if (end >= norm.text.length) return norm.origin[norm.text.length] ?? 0;
  return norm.origin[end] ?? 0;
}

// ---------------------------------------------------------------------------------------------------------
// Amounts

/**
 * Reads digits with grouping either way: "1,299.99", "1.299,99", "5,99", "9.990", "5,999", "1.299.999".
 * A comma before exactly three digits groups thousands; a dot does so only twice or more ("1.299.999"),
 * or once where the writer uses a decimal comma (`decimalComma`, e.g. next to a euro sign: "1.299 €").
 */
export function parseAmount(raw: string, decimalComma = false): number {
  const text = raw.normalize('NFKC').replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? /\./g : /,/g;
    return Number(text.replace(grouping, '').replace(',', '.'));
  }
  if (lastComma >= 0) {
    return /^\d{1,3}(,\d{3})+$/.test(text) ? Number(text.replace(/,/g, '')) : Number(text.replace(',', '.'));
  }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text) || (decimalComma && /^\d{1,3}\.\d{3}$/.test(text)))
    return Number(text.replace(/\./g, ''));
  return Number(text);
}

const CN_DIGITS: Readonly<Record<string, number>> = LEXICON_ZH.numberWords;
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_GROUPS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a Chinese numeral, alone or after Arabic digits: "五百" 500, "两千" 2000, "三千五" 3500, "十五" 15,
 * "5千" 5000, "1.5万" 15000, "一百零五" 105. Undefined when it is no numeral.
 */
export function parseChineseNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC');
  const lead = /^\d+(?:\.\d+)?/.exec(text)?.[0];
  let total = 0;
  let section = 0;
  let digit = lead === undefined ? 0 : Number(lead);
  let hasDigit = lead !== undefined;
  let unitBefore = 0;
  const rest = [...text.slice(lead?.length ?? 0)];
  if (rest.length > 0 && rest.every((c) => CN_DIGITS[c] !== undefined) && lead === undefined) {
    // "二零二三" is written digit by digit.
    return Number(rest.map((c) => CN_DIGITS[c]).join(''));
  }
  for (const char of rest) {
    const value = CN_DIGITS[char];
    const unit = CN_UNITS[char];
    const group = CN_GROUPS[char];
    if (value !== undefined) {
      if (hasDigit && digit !== 0) return undefined;
      digit = value;
      hasDigit = true;
    } else if (unit !== undefined) {
      section += (hasDigit ? digit : 1) * unit;
      digit = 0;
      hasDigit = false;
      unitBefore = unit;
      continue;
    } else if (group !== undefined) {
      total += (section + digit) * group;
      section = 0;
      digit = 0;
      hasDigit = false;
      unitBefore = group;
      continue;
    } else {
      return undefined;
    }
    // "三千五" is 3500: a last digit right after a unit of a hundred or more counts in the next lower place.
    if (unitBefore >= 100) digit *= unitBefore / 10;
    unitBefore = 0;
  }
  return total + section + digit;
}

// ---------------------------------------------------------------------------------------------------------
// The patterns, built from the lexicons

const numberWords = LEXICON_EN.numberWords;
const latinUnits = longestFirst([...UNIT_NAMES.keys()].filter((w) => !/[\u3400-\u9fff]/.test(w)));
const hanUnits = longestFirst([...UNIT_NAMES.keys()].filter((w) => /[\u3400-\u9fff]/.test(w)));
/** Words that may stand between a number and its unit: "3 business days", "2 full years". */
const FILLER = String.raw`(?:(?:business|working|calendar|full|whole|extra|more|additional|customer|user)\s+)?`;
const UNIT_AFTER = new RegExp(
  String.raw`^(?:\s?-\s?|\s?)${FILLER}(${latinUnits.map(escape).join('|')})(?![a-z0-9])|^\s?(${hanUnits.join('|')})`,
  'i',
);

const currencyAfterWords = longestFirst(LEXICONS.flatMap((l) => Object.keys(l.currencyAfter)));
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s?(?:(${currencyAfterWords.filter(isSpaced).map(escape).join('|')}|[a-z]{3}|cents?)(?![a-z])|(${currencyAfterWords
    .filter((w) => !isSpaced(w))
    .map(escape)
    .join('|')}))`,
  'i',
);
const currencyBeforeWords = longestFirst(LEXICONS.flatMap((l) => Object.keys(l.currencyBefore)));
const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:(${currencyBeforeWords.map(escape).join('|')})|(?<![a-z])([a-z]{3}))\s?$`,
  'i',
);

/** The currency a written marker names, or undefined when it names none ("big" is no ISO code). */
function currencyOf(marker: string): string | undefined {
  const trimmed = marker.trim();
  if (ISO_CODES.has(trimmed.toUpperCase()) && /^[a-z]{3}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return code === 'RMB' ? 'CNY' : code;
  }
  for (const lexicon of LEXICONS) {
    const code =
      lexicon.currencyAfter[trimmed] ??
      lexicon.currencyAfter[trimmed.toLowerCase()] ??
      lexicon.currencyBefore[trimmed] ??
      lexicon.currencyBefore[trimmed.toUpperCase()];
    if (code !== undefined) return code;
  }
  return undefined;
}

// Digits not glued to a preceding Latin letter ("S8", "P50" are model names; "#2" a position), with a
// Chinese multiplier after them ("5千", "1.5万"), or a Chinese numeral ("五百").
const NUMBER_TOKEN =
  /(?<![A-Za-z0-9#]|[A-Za-z][\d.,]*)(\d+(?:[.,]\d+)*)([十百千万亿]*)|([零〇一二两三四五六七八九十百千万亿]+)/g;
/** A unit that starts with 千 ("五千克" is 5 kg, not 5000 g). */
const THOUSAND_UNIT = /^[克瓦米]/;
const TIME = /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)?(?=[^\d]|$)/iy;

function readTime(text: string, at: number): { end: number; value: number } | undefined {
  TIME.lastIndex = at;
  const match = TIME.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 24 || minutes > 59) return undefined;
  return { end: at + match[0].length, value: hours + minutes / 60 };
}

// ---------------------------------------------------------------------------------------------------------
// Limit words

interface BoundWords {
  bound: NumberBound;
  before: string[];
  after: string[];
}

const BOUND_WORDS: BoundWords[] = [
  { bound: 'max', before: LEXICONS.flatMap((l) => l.maxBefore), after: LEXICONS.flatMap((l) => l.maxAfter) },
  { bound: 'min', before: LEXICONS.flatMap((l) => l.minBefore), after: LEXICONS.flatMap((l) => l.minAfter) },
  {
    bound: 'about',
    before: LEXICONS.flatMap((l) => l.aboutBefore),
    after: LEXICONS.flatMap((l) => l.aboutAfter),
  },
];

/** The longest of the words that the text ends with (as a whole word where words are spaced). */
export function wordBefore(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase().trimEnd();
  let best: string | undefined;
  for (const word of words) {
    if (!lower.endsWith(word) || (best !== undefined && best.length >= word.length)) continue;
    const previous = lower[lower.length - word.length - 1];
    if (isSpaced(word) && previous !== undefined && /[a-z0-9]/i.test(previous)) continue;
    best = word;
  }
  return best;
}

/** The longest of the words that the text starts with (as a whole word where words are spaced). */
export function wordAfter(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase().trimStart();
  let best: string | undefined;
  for (const word of words) {
    if (!lower.startsWith(word) || (best !== undefined && best.length >= word.length)) continue;
    const next = lower[word.length];
    if (isSpaced(word) && next !== undefined && /[a-z0-9]/i.test(next)) continue;
    best = word;
  }
  return best;
}

const ABOUT_AFTER = LEXICONS.flatMap((l) => l.aboutAfter);

function boundAround(
  text: string,
  from: number,
  to: number,
): { bound?: NumberBound; limited?: boolean; phraseStart: number; phraseEnd: number } {
  const before = text.slice(Math.max(0, from - 24), from);
  const after = text.slice(to, to + 16);
  let found: { bound: NumberBound; start: number; end: number; length: number } | undefined;
  for (const { bound, before: pre, after: post } of BOUND_WORDS) {
    const head = wordBefore(before, pre);
    if (head !== undefined && (found === undefined || head.length > found.length)) {
      const start = from - (before.length - before.toLowerCase().trimEnd().lastIndexOf(head));
      found = { bound, start, end: to, length: head.length };
    }
    const tail = wordAfter(after, post);
    // "$50 or less"; a following word counts only where nothing before the number says otherwise.
    if (tail !== undefined && (found === undefined || (found.start === from && tail.length > found.length))) {
      const end = to + (after.length - after.trimStart().length) + tail.length;
      found = { bound, start: from, end, length: tail.length };
    }
  }
  if (found === undefined) return { phraseStart: from, phraseEnd: to };
  // "预算2000左右", "a budget of $500 or so": an approximation after the number qualifies the limit before it.
  const approximately = found.end === to ? wordAfter(after, ABOUT_AFTER) : undefined;
  if (approximately !== undefined && found.bound !== 'about') {
    const end = to + (after.length - after.trimStart().length) + approximately.length;
    return { bound: 'about', limited: true, phraseStart: found.start, phraseEnd: end };
  }
  return { bound: found.bound, phraseStart: found.start, phraseEnd: found.end };
}

// ---------------------------------------------------------------------------------------------------------
// Reading one number

interface Found {
  start: number;
  end: number;
  value: number;
  kind: 'price' | 'number';
  currency?: string;
  unit?: string;
}

function unitAt(text: string, end: number): { unit: string; end: number } | undefined {
  const match = UNIT_AFTER.exec(text.slice(end, end + 40));
  const written = match?.[1] ?? match?.[2];
  if (!match || written === undefined) return undefined;
  // "3 in a row" is no length; "15in" and '15"' are.
  if (written.toLowerCase() === 'in' && /^\s/.test(match[0])) return undefined;
  const unit = canonicalUnit(written);
  return unit === undefined ? undefined : { unit, end: end + match[0].length };
}

function priceAt(text: string, start: number, end: number, value: number): Found | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  const signBefore = CURRENCY_BEFORE.exec(before);
  const signCode = signBefore ? currencyOf(signBefore[1] ?? signBefore[2] ?? '') : undefined;
  const wordAfter = CURRENCY_AFTER.exec(after);
  const written = wordAfter?.[1] ?? wordAfter?.[2];
  const cents = written !== undefined && /^cents?$/i.test(written);
  const wordCode = written !== undefined && !cents ? currencyOf(written) : undefined;
  if (signCode === undefined && wordCode === undefined && !cents) return undefined;
  const from = signBefore && signCode !== undefined ? start - signBefore[0].length : start;
  let amount = value;
  let to = end;
  if (signCode !== undefined && /^k(?![a-z])/i.test(after)) {
    amount *= 1000;
    to += 1;
  } else if (wordAfter && (wordCode !== undefined || cents)) {
    to += wordAfter[0].length;
    if (cents) amount /= 100;
  }
  const currency = signCode ?? wordCode ?? '$';
  return { start: from, end: to, value: amount, kind: 'price', currency };
}

function readAt(text: string, match: RegExpMatchArray): Found | undefined {
  const start = match.index ?? 0;
  const [whole, digits, multiplier, numeral] = match;
  let end = start + whole.length;
  const after = text.slice(end, end + 40);
  // List markers ("1. ", "2) "), ordinals ("2nd", "第三") and rating scales ("4 out of 5") state no fact.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (digits !== undefined && /^\s*$/.test(text.slice(lineStart, start)) && /^[.)]\s/.test(after))
    return undefined;
  if (/^(st|nd|rd|th)\b/i.test(after) || text[start - 1] === '第') return undefined;
  if (/(out of|\/)\s*$/i.test(text.slice(Math.max(0, start - 10), start))) return undefined;

  if (digits !== undefined && multiplier === '') {
    const time = readTime(text, start);
    if (time) return { start, end: time.end, value: time.value, kind: 'number', unit: 'clock' };
  }
  let chinese = multiplier !== undefined && multiplier !== '' ? digits + multiplier : numeral;
  if (chinese !== undefined && chinese.endsWith('千') && THOUSAND_UNIT.test(after)) {
    chinese = chinese.slice(0, -1);
    end -= 1;
  }
  const euroLike = /^\s?(€|eur\b|euros?\b)/i.test(after) || /€\s?$/.test(text.slice(0, start));
  const value =
    chinese !== undefined && chinese !== digits
      ? parseChineseNumber(chinese)
      : parseAmount(digits ?? '', euroLike);
  if (value === undefined || !Number.isFinite(value) || (chinese ?? digits ?? '') === '') return undefined;

  const price = priceAt(text, start, end, value);
  const unit = price ? undefined : unitAt(text, end);
  // A Chinese numeral is read only as a price or a measure: "一个" and "统一" state no number.
  if (numeral !== undefined && !price && (unit === undefined || unit.unit === 'count')) return undefined;
  if (price) return price;
  return unit
    ? { start, end: unit.end, value, kind: 'number', unit: unit.unit }
    : { start, end, value, kind: 'number' };
}

const NUMBER_WORD_RULE = new RegExp(
  String.raw`\b(${Object.keys(numberWords).join('|')})(?:\s?-\s?|\s)${FILLER}(${latinUnits
    .filter((w) => /^[a-z]{2,}/i.test(w))
    .map(escape)
    .join('|')})(?![a-z0-9])`,
  'gi',
);

function spelledNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(NUMBER_WORD_RULE)) {
    const value = numberWords[(match[1] ?? '').toLowerCase()];
    const unit = canonicalUnit(match[2]);
    // Spelled-out numbers are common in plain speech ("one item"), so only measured ones count as claims.
    if (value === undefined || unit === undefined || unit === 'inch' || unit === 'count') continue;
    found.push({ start: match.index, end: match.index + match[0].length, value, kind: 'number', unit });
  }
  return found;
}

/** Two numbers joined as a range: "3-5", "3 to 5", "$10-$20", "300到600", "300~600". */
export function joinsRange(between: string): boolean {
  return /^(?:-|–|—|~|\s*(?:to|or|and)\s*|\s*[到至]\s*)$/i.test(between);
}

/**
 * Every price and number in a text, in order. Prices carry the currency they are written with; other
 * numbers the unit after them, shared across ranges ("3-5 business days" is 3 days and 5 days, "300到600元"
 * two prices in yuan). Limits ("under", "以下") are read on each number.
 */
export function findNumbers(written: string): NumberMention[] {
  const norm = normalise(written);
  const text = norm.text;
  const found: Found[] = [];
  let consumedTo = 0;
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    if ((match.index ?? 0) < consumedTo) continue;
    const mention = readAt(text, match);
    if (!mention) continue;
    found.push(mention);
    consumedTo = mention.end;
  }
  found.push(...spelledNumbers(text).filter((s) => !found.some((f) => s.start < f.end && f.start < s.end)));
  found.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i];
    const second = found[i + 1];
    if (!first || !second || !joinsRange(text.slice(first.end, second.start))) continue;
    if (first.kind === 'number' && first.unit === undefined && second.kind === 'price') {
      found[i] = { ...first, kind: 'price', currency: second.currency };
    } else if (first.kind === 'number' && first.unit === undefined && second.unit !== undefined) {
      found[i] = { ...first, unit: second.unit };
    }
  }
  return found.map((f) => {
    const { bound, limited, phraseStart, phraseEnd } = boundAround(text, f.start, f.end);
    const start = norm.origin[f.start] ?? 0;
    const end = writtenEnd(norm, f.end);
    const mention: NumberMention = {
      start,
      end,
      raw: written.slice(start, end),
      value: f.value,
      kind: f.kind,
      phraseStart: norm.origin[phraseStart] ?? start,
      phraseEnd: writtenEnd(norm, phraseEnd),
    };
    if (f.currency !== undefined) mention.currency = f.currency;
    if (f.unit !== undefined) mention.unit = f.unit;
    if (bound !== undefined) mention.bound = bound;
    if (limited) mention.limited = true;
    return mention;
  });
}
