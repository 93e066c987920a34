import type { SearchFilters, SortOrder } from './filters.ts';

/** What a free-text query asks for beyond its words: price bounds, rating, stock and a sort order. */
export interface ParsedQuery {
  /** The query with the understood phrases taken out: what is left to match against products. */
  text: string;
  filters: SearchFilters;
  sort?: SortOrder;
  /** The phrases that were understood as constraints, as the shopper wrote them. */
  understood: string[];
}

// A money amount: "$1,299.99", "20 dollars", "€5", "15 bucks", "30 usd", or a bare number after a price word.
const AMOUNT = String.raw`(?:[$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?:\s?(?:dollars?|bucks?|usd|euros?|eur|pounds?|gbp|k\b))?`;
const CURRENCY_HINT = /[$€£]|dollar|buck|usd|euro|eur|pound|gbp/i;

function amountOf(whole: string, integer: string, cents: string | undefined): number {
  const value = Number(`${integer.replaceAll(',', '')}.${cents ?? '0'}`);
  return /\dk\b|\sk\b/i.test(whole) ? value * 1000 : value;
}

interface Rule {
  pattern: RegExp;
  apply: (match: RegExpMatchArray, parsed: ParsedQuery) => boolean;
}

const STAR_WORDS = String.raw`(?:stars?|rating|rated)`;

const RULES: Rule[] = [
  {
    // "between 10 and 20 dollars", "from $10 to $20", "$10-$20", "10 to 20 euros"
    pattern: new RegExp(String.raw`(?:between|from)?\s*${AMOUNT}\s*(?:-|–|to|and)\s*${AMOUNT}`, 'gi'),
    apply: (m, parsed) => {
      const text = m[0];
      if (!CURRENCY_HINT.test(text) && !/between|from/i.test(text)) return false;
      if (new RegExp(STAR_WORDS, 'i').test(text)) return false;
      const low = amountOf(text, m[1] ?? '0', m[2]);
      const high = amountOf(text, m[3] ?? '0', m[4]);
      parsed.filters.minPrice = Math.min(low, high);
      parsed.filters.maxPrice = Math.max(low, high);
      return true;
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:under|below|less than|cheaper than|lower than|max(?:imum)?|up to|no more than|not more than|at most|within|<)\s*${AMOUNT}`,
      'gi',
    ),
    apply: (m, parsed) => {
      parsed.filters.maxPrice = amountOf(m[0], m[1] ?? '0', m[2]);
      return true;
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:over|above|more than|at least|min(?:imum)?|starting at|>)\s*${AMOUNT}(?!\s*${STAR_WORDS})`,
      'gi',
    ),
    apply: (m, parsed) => {
      if (!CURRENCY_HINT.test(m[0]) && !/over|above|more than/i.test(m[0])) return false;
      parsed.filters.minPrice = amountOf(m[0], m[1] ?? '0', m[2]);
      return true;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:around|about|roughly|approximately|approx\.?|~)\s*${AMOUNT}`, 'gi'),
    apply: (m, parsed) => {
      if (!CURRENCY_HINT.test(m[0])) return false;
      const value = amountOf(m[0], m[1] ?? '0', m[2]);
      parsed.filters.minPrice = Math.floor(value * 0.8);
      parsed.filters.maxPrice = Math.ceil(value * 1.2);
      return true;
    },
  },
  {
    // "4 stars and up", "4+ stars", "rated 4 or more", "at least 4 stars", "rating above 4.5"
    pattern:
      /\b(?:(?:at least|min(?:imum)?|over|above)\s*)?(\d(?:\.\d)?)\s*\+?\s*stars?(?:\s*(?:and up|or more|or better|\+))?|\b(?:rated|rating)\s*(?:of\s*)?(?:at least|above|over|>=?)?\s*(\d(?:\.\d)?)\s*\+?(?:\s*(?:stars?|and up|or more|or better))?/gi,
    apply: (m, parsed) => {
      const value = Number(m[1] ?? m[2]);
      if (!(value > 0 && value <= 5)) return false;
      parsed.filters.minRating = value;
      return true;
    },
  },
  {
    pattern: /\b(?:highly|well|best|top|highest)[ -]rated\b/gi,
    apply: (m, parsed) => {
      if (/best|top|highest/i.test(m[0])) parsed.sort = 'rating';
      else parsed.filters.minRating = 4;
      return true;
    },
  },
  {
    pattern: /\b(?:in stock|available (?:now|today)|in store now|can i (?:buy|take) (?:it )?today)\b/gi,
    apply: (_m, parsed) => {
      parsed.filters.inStock = true;
      return true;
    },
  },
  {
    pattern: /\b(?:cheapest|lowest[- ]priced?|least expensive|lowest price|most affordable)\b/gi,
    apply: (_m, parsed) => {
      parsed.sort = 'price-asc';
      return true;
    },
  },
  {
    pattern: /\b(?:most expensive|priciest|highest[- ]priced?|top of the range)\b/gi,
    apply: (_m, parsed) => {
      parsed.sort = 'price-desc';
      return true;
    },
  },
];

/** Finds price bounds, ratings, stock and sort phrases in a shopper's query. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { text: query, filters: {}, understood: [] };
  let rest = query;
  for (const rule of RULES) {
    for (const match of [...rest.matchAll(rule.pattern)]) {
      if (!rule.apply(match, parsed)) continue;
      parsed.understood.push(match[0].trim());
      rest = rest.replace(match[0], ' ');
    }
  }
  parsed.text = rest.replace(/\s+/g, ' ').trim();
  return parsed;
}
