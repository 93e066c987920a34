import type { Product } from '../catalog/types.ts';

/** The products a follow-up message points at. */
export interface ResolvedReferences {
  /** In the order the message names them; may be empty when the message pointed at something unclear. */
  products: Product[];
  /**
   * True when the message really referred to earlier products ("the second one", "them", "it"), so the
   * caller answers about those instead of searching afresh. True with no products means the reference
   * could not be settled ("it" after several results, "the fifth" after three): ask which one.
   */
  explicit: boolean;
}

interface ReferenceContext {
  /** The products of the previous answer, in the order they were shown. */
  previous: Product[];
  /** The product on screen, if any. */
  inView?: Product;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
};

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

const ORDINAL_WORD = Object.keys(ORDINALS).join('|');

/** Words too common in titles and questions to single a product out ("the black one" still works). */
const GENERIC_WORDS = new Set(
  'a an and the of for with in on to by from one ones it this that these those them they is are be do does how much what which who why where when me my i you your we our new men mens women womens woman man kids pro plus max mini set pack size inch cm mm'.split(
    ' ',
  ),
);

const WORD = /[a-z0-9]+/g;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function effectivePrice(product: Product): number {
  return product.salePrice ?? product.price;
}

function pickBy(products: Product[], better: (a: Product, b: Product) => boolean): Product | undefined {
  let best: Product | undefined;
  for (const product of products) if (best === undefined || better(product, best)) best = product;
  return best;
}

interface Found {
  at: number;
  products: Product[];
}

/** "the second one", "#2", "number 3", "the last one", "the first two", "the last 2". */
function positional(text: string, previous: Product[]): Found[] {
  const found: Found[] = [];
  const ranges = new RegExp(`\\b(first|top|last)\\s+(two|three|four|five|six|[2-9])\\b`, 'g');
  const taken: [number, number][] = [];
  for (const match of text.matchAll(ranges)) {
    const count = COUNTS[match[2] ?? ''] ?? Number(match[2]);
    const products = match[1] === 'last' ? previous.slice(-count) : previous.slice(0, count);
    found.push({ at: match.index, products });
    taken.push([match.index, match.index + match[0].length]);
  }
  const single = new RegExp(
    `\\b(?:(?:the|and|or|,)\\s+(second[- ]to[- ]last|second last|${ORDINAL_WORD}|last)\\b|(${ORDINAL_WORD}|last|top)\\s+(?:one|ones|item|product|option|result|choice|pick)\\b)|(?:#|\\bnumber\\s+|\\bno\\.\\s*|\\boption\\s+|\\bitem\\s+)(\\d{1,2})\\b`,
    'g',
  );
  for (const match of text.matchAll(single)) {
    const end = match.index + match[0].length;
    if (taken.some(([from, to]) => match.index < to && end > from)) continue;
    const word = match[1] ?? match[2];
    let index: number;
    if (word === undefined) index = Number(match[3]) - 1;
    else if (word === 'last') index = previous.length - 1;
    else if (/second/.test(word) && /last/.test(word)) index = previous.length - 2;
    else index = (ORDINALS[word] ?? 1) - 1;
    const product = index >= 0 ? previous[index] : undefined;
    found.push({ at: match.index, products: product ? [product] : [] });
  }
  return found;
}

/** "both", "them", "all of them", "the cheaper one", "the most expensive", "the best rated one". */
function collective(text: string, previous: Product[]): Found[] {
  const found: Found[] = [];
  // Only "the cheapest one" / "the cheapest of them": "the cheapest laptop" is a new search.
  const tail =
    '\\s*(?:one|ones|option|of (?:them|these|those|the two|all)|among them)?\\s*(?=$|[?.!,]|\\s(?:one|please|and|or|is|has|have|do|does|cost|costs|come|comes)\\b)';
  const superlatives: [RegExp, (a: Product, b: Product) => boolean][] = [
    [
      new RegExp(
        `\\bthe (cheaper|cheapest|less expensive|least expensive|lower[- ]priced|lowest[- ]priced)${tail}`,
      ),
      (a, b) => effectivePrice(a) < effectivePrice(b),
    ],
    [
      new RegExp(
        `\\bthe (pricier|priciest|more expensive|most expensive|higher[- ]priced|highest[- ]priced)${tail}`,
      ),
      (a, b) => effectivePrice(a) > effectivePrice(b),
    ],
    [
      new RegExp(`\\bthe (better|best|higher|highest|top)[- ]rated${tail}`),
      (a, b) => (a.rating?.average ?? 0) > (b.rating?.average ?? 0),
    ],
  ];
  for (const [rule, better] of superlatives) {
    const match = rule.exec(text);
    const pick = match ? pickBy(previous, better) : undefined;
    if (match && pick) found.push({ at: match.index, products: [pick] });
  }
  // "the cheapest of them": the superlative narrows "them" rather than adding to it.
  if (found.length > 0) return found;
  const both = /\b(both|the two|these two|those two|the pair)\b/.exec(text);
  if (both) return [{ at: both.index, products: previous.slice(0, 2) }];
  const all = /\b(them|they|these|those|all of them|all three|all four|each of them|every one)\b/.exec(text);
  return all ? [{ at: all.index, products: previous }] : [];
}

/** "the Apple one", "the Dell", "the black one": title or brand words that single out earlier products. */
function byName(text: string, previous: Product[]): Found[] {
  const categoryWords = new Set(previous.flatMap((p) => p.categoryPath.flatMap(words)).map(singular));
  const found: Found[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (GENERIC_WORDS.has(word) || word in ORDINALS || word in COUNTS || categoryWords.has(singular(word)))
      continue;
    // A lone digit is a quantity ("2 of them"), not a model number.
    if (/^\d$/.test(word)) continue;
    const matches = previous.filter((product) =>
      words(`${product.brand ?? ''} ${product.title}`).some((w) => singular(w) === singular(word)),
    );
    // A word every earlier product shares singles nothing out.
    if (matches.length > 0 && matches.length < previous.length)
      found.push({ at: match.index, products: matches });
  }
  if (found.length < 2) return found;
  // Several words naming the same product ("the Dell XPS") count once; where the words narrow the choice
  // together ("the Apple charger"), the products all of them name win.
  const [head, ...others] = found;
  const shared = others.reduce(
    (acc, next) => acc.filter((p) => next.products.includes(p)),
    head?.products ?? [],
  );
  return shared.length > 0 ? [{ at: head?.at ?? 0, products: shared }] : found;
}

/** "it", "this", "this one", "that one": the product on screen, or the only earlier result. */
function deictic(text: string, context: ReferenceContext): Found[] {
  const match = /\b(it|its|it's|this|this one|that one|that)\b/.exec(text);
  if (!match) return [];
  if (match[1] === 'that' && !/\bthat\s*[?.!]?$|\b(is|was) that\b|\bthat(?:'s| is)\b/.test(text)) return [];
  const only = context.previous.length === 1 ? context.previous[0] : undefined;
  const product = context.inView ?? only;
  return [{ at: match.index, products: product ? [product] : [] }];
}

/**
 * Which earlier products a follow-up points at: "the second one", "the first two", "both", "them", "the
 * cheaper one", "the last one", "it"/"this one" (the product in view or the single previous result), "the
 * Apple one" (brand or title word). Works on any catalog: names come from the products themselves.
 */
export function resolveReferences(message: string, context: ReferenceContext): ResolvedReferences {
  const text = message
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  const { previous } = context;
  let found: Found[] = [];
  if (previous.length > 0) {
    const byPosition = positional(text, previous);
    // "the first two of them": the position narrows "them" rather than adding to it.
    const together = collective(text, previous).filter(
      (f) => byPosition.length === 0 || f.products.length === 1,
    );
    const named = byName(text, previous);
    found = [...byPosition, ...together];
    // A name narrows a collective word ("both Apple ones") in the same way.
    if (named.length > 0 && found.every((f) => f.products.length > 1)) found = named;
    else found.push(...named);
  }
  if (found.length === 0) found = deictic(text, context);
  if (found.length === 0) return { products: [], explicit: false };
  const products: Product[] = [];
  for (const { products: some } of found.sort((a, b) => a.at - b.at)) {
    for (const product of some) if (!products.includes(product)) products.push(product);
  }
  return { products, explicit: true };
}
