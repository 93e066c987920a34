/**
 * Finds the prices and other numbers a text states, with their currency or unit, so answers and facts can
 * be compared as values ("$9.990" and "9.99 dollars" are one price; "a two-year warranty" is 2 years).
 */

/** One number stated in a text, located by character offsets. */
export interface NumberMention {
  start: number;
  end: number;
  /** The text as written, currency sign and unit included (what a fix replaces). */
  raw: string;
  value: number;
  kind: 'price' | 'number';
  /** For prices: the ISO code or sign family the text names ('USD', '$', 'EUR'...), when it names one. */
  currency?: string;
  /** For numbers: the unit, normalised ('year', 'day', 'star', 'percent', 'kg', 'stock'...). */
  unit?: string;
  /** A limit rather than a claim: "under $50", "over 2 kg". */
  bound: boolean;
}

/** Unit words to their normalised unit; several spellings share one. */
const UNITS: [RegExp, string][] = [
  [/^(years?|yrs?)$/, 'year'],
  [/^(months?|mos?)$/, 'month'],
  [/^(weeks?|wks?)$/, 'week'],
  [/^(days?)$/, 'day'],
  [/^(hours?|hrs?|h)$/, 'hour'],
  [/^(minutes?|mins?)$/, 'minute'],
  [/^(seconds?|secs?|s)$/, 'second'],
  [/^(stars?)$/, 'star'],
  [/^(%|percent|per cent|pct)$/, 'percent'],
  [/^(kg|kgs|kilos?|kilograms?)$/, 'kg'],
  [/^(g|grams?|gr)$/, 'g'],
  [/^(lbs?|pounds? in weight)$/, 'lb'],
  [/^(oz|ounces?)$/, 'oz'],
  [/^(cm|centimet(er|re)s?)$/, 'cm'],
  [/^(mm|millimet(er|re)s?)$/, 'mm'],
  [/^(m|met(er|re)s?)$/, 'm'],
  [/^(inch|inches|")$/, 'inch'],
  [/^(ft|feet|foot)$/, 'ft'],
  [/^(gb|gigabytes?)$/, 'gb'],
  [/^(tb|terabytes?)$/, 'tb'],
  [/^(mb|megabytes?)$/, 'mb'],
  [/^(mah)$/, 'mah'],
  [/^(w|watts?)$/, 'w'],
  [/^(v|volts?)$/, 'v'],
  [/^(l|litres?|liters?)$/, 'l'],
  [/^(ml|millilit(er|re)s?)$/, 'ml'],
  [/^(reviews?|ratings?|reviewers?|votes?)$/, 'review'],
  [/^(left|in stock|available|remaining|on hand)$/, 'stock'],
  [/^(units?|pieces?|pcs|items?)$/, 'count'],
];

/** Which units measure the same thing, for facts that state a dimension but no unit ("Weight: 4"). */
export const UNIT_DIMENSIONS: Record<string, string> = {
  kg: 'weight',
  g: 'weight',
  lb: 'weight',
  oz: 'weight',
  cm: 'length',
  mm: 'length',
  m: 'length',
  inch: 'length',
  ft: 'length',
};

const UNIT_WORDS =
  'years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|stars?|%|percent|per cent|kg|kgs|kilos?|kilograms?|grams?|g|lbs?|oz|ounces?|cm|mm|m|met(?:er|re)s?|inch(?:es)?|"|ft|feet|foot|gb|tb|mb|mah|w|watts?|v|volts?|l|lit(?:er|re)s?|ml|reviews?|ratings?|reviewers?|votes?|left|in stock|units?|pieces?|pcs|items?|available|remaining|on hand';
/** Words that may stand between a number and its unit: "3 business days", "2 full years". */
const FILLER = '(?:(?:business|working|calendar|full|whole|extra|more|additional|customer|user)\\s+)?';
const UNIT_AFTER = new RegExp(`^(?:\\s?-\\s?|\\s?)${FILLER}(${UNIT_WORDS})(?![a-z0-9])`, 'i');

const CURRENCY_BEFORE = /(US\$|CA?\$|AU?\$|NZ\$|HK\$|\$|€|£|¥|₹|\b[A-Z]{3}\b)\s?$/;
const CURRENCY_AFTER =
  /^\s?(€|£|\$|\b[A-Z]{3}\b|dollars?\b|bucks\b|euros?\b|pounds?\b(?! in weight)|quid\b|cents?\b)/i;
const ISO_CODES = new Set(
  'USD EUR GBP CAD AUD NZD JPY CNY CHF SEK NOK DKK PLN CZK HUF INR BRL MXN ZAR SGD HKD KRW TRY ILS AED'.split(
    ' ',
  ),
);
const SIGN_CODES: Record<string, string> = {
  $: '$',
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': '¥',
  '₹': 'INR',
  dollar: '$',
  dollars: '$',
  buck: '$',
  bucks: '$',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
};
const BOUND_BEFORE =
  /\b(under|below|less than|lower than|cheaper than|up to|within|at most|max(imum)?|no more than|over|above|more than|at least|budget( of| is)?|around|about|approximately|roughly)\s*$/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

/** Reads "1,299.99", "1.299,99", "9.990" and "5,99" as numbers; commas alone before 3 digits group thousands. */
export function parseAmount(raw: string): number {
  const text = raw.replace(/[\s\u00a0\u202f']/g, '');
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
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text);
}

function unitOf(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  return UNITS.find(([rule]) => rule.test(lower))?.[1];
}

function currencyCode(marker: string): string | undefined {
  const trimmed = marker.trim();
  if (ISO_CODES.has(trimmed.toUpperCase()) && /^[A-Z]{3}$/.test(trimmed)) return trimmed;
  return SIGN_CODES[trimmed] ?? SIGN_CODES[trimmed.toLowerCase()];
}

// Digits not glued to a preceding letter ("S8" is a model name, not a number; "#2" a position), with
// thousands grouping; a decimal comma only where a euro sign shows the writer uses one ("5,99 €").
const DIGITS =
  /(?<![A-Za-z0-9#]|[A-Za-z][\d.,]*)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+,\d{1,2}(?=\s?(?:€|EUR\b|euros?\b))|\d+(?:\.\d+)?)/g;
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

function mentionAt(text: string, start: number, digits: string): NumberMention | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  let end = start + digits.length;
  const after = text.slice(end, end + 40);
  // List markers ("1. ", "2) ") and ordinals ("2nd") are positions, not facts.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, start)) && /^[.)]\s/.test(after)) return undefined;
  if (/^(st|nd|rd|th)\b/i.test(after)) return undefined;
  // A rating scale ("4.5 out of 5", "4/5") states no fact of its own.
  if (/(out of|\/)\s*$/i.test(before)) return undefined;

  const time = readTime(text, start);
  if (time) {
    const raw = text.slice(start, time.end);
    return { start, end: time.end, raw, value: time.value, kind: 'number', unit: 'clock', bound: false };
  }

  const value = parseAmount(digits);
  if (!Number.isFinite(value)) return undefined;
  const signBefore = CURRENCY_BEFORE.exec(before);
  const wordAfter = CURRENCY_AFTER.exec(after);
  const signCode = signBefore ? currencyCode(signBefore[1] ?? '') : undefined;
  const wordCode = wordAfter ? currencyCode(wordAfter[1] ?? '') : undefined;
  const boundBefore = BOUND_BEFORE.test(signBefore ? before.slice(0, signBefore.index) : before);
  if (signCode !== undefined || wordCode !== undefined) {
    let from = start;
    let amount = value;
    if (signBefore && signCode !== undefined) from = start - signBefore[0].length;
    if (/^k\b/i.test(after) && signCode !== undefined) {
      amount *= 1000;
      end += 1;
    } else if (wordAfter && wordCode !== undefined) {
      end += wordAfter[0].length;
    } else if (wordAfter && /^\s?cents?$/i.test(wordAfter[0])) {
      amount /= 100;
      end += wordAfter[0].length;
    }
    return {
      start: from,
      end,
      raw: text.slice(from, end),
      value: amount,
      kind: 'price',
      currency: signCode ?? wordCode,
      bound: boundBefore,
    };
  }
  if (wordAfter && /^\s?cents?$/i.test(wordAfter[0])) {
    end += wordAfter[0].length;
    return {
      start,
      end,
      raw: text.slice(start, end),
      value: value / 100,
      kind: 'price',
      currency: '$',
      bound: boundBefore,
    };
  }
  const unitMatch = UNIT_AFTER.exec(after);
  const unit = unitMatch ? unitOf(unitMatch[1] ?? '') : undefined;
  if (unitMatch && unit !== undefined) end += unitMatch[0].length;
  return { start, end, raw: text.slice(start, end), value, kind: 'number', unit, bound: boundBefore };
}

function numberWords(text: string): NumberMention[] {
  const words = Object.keys(NUMBER_WORDS).join('|');
  const rule = new RegExp(`\\b(${words})(?:\\s?-\\s?|\\s)${FILLER}(${UNIT_WORDS})(?![a-z0-9])`, 'gi');
  const found: NumberMention[] = [];
  for (const match of text.matchAll(rule)) {
    const value = NUMBER_WORDS[(match[1] ?? '').toLowerCase()];
    const unit = unitOf(match[2] ?? '');
    // Spelled-out numbers are common in plain speech ("one item"), so only measured ones count as claims.
    if (value === undefined || unit === undefined || unit === 'inch' || unit === 'count') continue;
    const end = match.index + match[0].length;
    found.push({ start: match.index, end, raw: match[0], value, kind: 'number', unit, bound: false });
  }
  return found;
}

/**
 * Every price and number in a text, in order. Prices carry the currency they are written with; other
 * numbers the unit after them, shared across ranges ("3-5 business days" is 3 days and 5 days).
 */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  let consumedTo = 0;
  for (const match of text.matchAll(DIGITS)) {
    if (match.index < consumedTo) continue;
    const mention = mentionAt(text, match.index, match[0]);
    if (!mention) continue;
    found.push(mention);
    consumedTo = mention.end;
  }
  found.push(...numberWords(text));
  found.sort((a, b) => a.start - b.start);
  // Ranges: "3-5 days", "3 to 5 days", "$10-$20" share the unit (or currency) of their second end.
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i];
    const second = found[i + 1];
    if (!first || !second) continue;
    // A spaced dash ("Yoga 920 – $1,099.99") separates a name from a price; an unspaced one is a range.
    if (!/^(-|–|—|\s*(to|or|and)\s*)$/i.test(text.slice(first.end, second.start))) continue;
    if (first.kind === 'number' && first.unit === undefined && second.kind === 'price') {
      found[i] = { ...first, kind: 'price', currency: second.currency };
    } else if (first.kind === 'number' && first.unit === undefined && second.unit !== undefined) {
      found[i] = { ...first, unit: second.unit };
    }
  }
  return found;
}
