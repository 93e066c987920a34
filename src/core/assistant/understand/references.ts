import type { Product } from '../../catalog/types.ts';
import { shopperPrice } from '../../search/filters.ts';
import { terms as matchTerms } from '../../text/segment.ts';
import { contentTerms } from '../evidence/terms.ts';
import type { Lexicon } from './lexicon/index.ts';
import { findPhrases, hasPhrase, type PhraseMatch } from './phrases.ts';
import type { Pick } from './turn.ts';

interface ReferenceContext {
  /** The products of the previous answer, in the order shown. */
  previous: readonly Product[];
  inView?: Product;
}

export interface References {
  products: Product[];
  /** The message pointed back ("the second one", "them", "it"), even when it could not be settled. */
  explicit: boolean;
  /** A superlative pick ("the two cheapest", "最便宜的"), to apply to the products shown or searched. */
  pick?: Pick;
  /** The lexicon phrases the references were read from, to leave out of any search. */
  phrases: string[];
}

/** Products in the order a pick wants them, best first. */
export function ordered(products: readonly Product[], order: Pick['order']): Product[] {
  const price = (p: Product) => {
    const value = shopperPrice(p);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const sorted = [...products];
  if (order === 'price-asc') sorted.sort((a, b) => price(a) - price(b));
  if (order === 'price-desc') sorted.sort((a, b) => price(b) - price(a));
  if (order === 'rating') sorted.sort((a, b) => (b.rating?.average ?? 0) - (a.rating?.average ?? 0));
  return sorted;
}

/** A count next to a superlative: "the two cheapest", "cheapest two", "两个最便宜的", "最便宜的两款". */
function countNear(text: string, at: PhraseMatch, lexicon: Lexicon): number | undefined {
  const before = text.slice(Math.max(0, at.at - 12), at.at);
  const after = text.slice(at.end, at.end + 8);
  for (const [word, count] of Object.entries(lexicon.counts)) {
    const near = findPhrases(`${before} | ${after}`, [word]);
    if (near.length > 0) return count;
  }
  return undefined;
}

/**
 * "the cheaper one", "便宜一点的那个", "which one's cheaper?": a comparative that stands for a product, or
 * follows a "which", picks one among those shown.
 */
function comparativePick(text: string, lexicon: Lexicon): { pick: Pick; phrases: string[] } | undefined {
  const orders: [string[], Pick['order']][] = [
    [lexicon.cheaper, 'price-asc'],
    [lexicon.pricier, 'price-desc'],
  ];
  for (const [words, order] of orders) {
    for (const match of findPhrases(text, words)) {
      const after = text.slice(match.end, match.end + 6);
      // "the cheaper one" picks; "a cheaper one" asks for something new, and so does "cheaper?".
      const definite = /\bthe\s*$/.test(text.slice(0, match.at));
      // "Which one's cheaper?" asks to pick among the products shown.
      if (findPhrases(text.slice(0, match.at), lexicon.which).length > 0)
        return { pick: { count: 1, order }, phrases: [match.phrase] };
      const standIns = definite ? [...lexicon.placeholders, ...lexicon.deictics] : lexicon.deictics;
      if (findPhrases(after, standIns).some((found) => found.at <= 2))
        return { pick: { count: 1, order }, phrases: [match.phrase] };
    }
  }
  return undefined;
}

function superlative(text: string, lexicon: Lexicon): { pick: Pick; phrases: string[] } | undefined {
  const orders: [string[], Pick['order']][] = [
    [lexicon.cheapest, 'price-asc'],
    [lexicon.priciest, 'price-desc'],
    [lexicon.bestRated, 'rating'],
  ];
  for (const [words, order] of orders) {
    const [match] = findPhrases(text, words);
    if (match)
      return { pick: { count: countNear(text, match, lexicon) ?? 1, order }, phrases: [match.phrase] };
  }
  return undefined;
}

/** "the second one", "#2", "第二个", "the last one", "the first two", "前两个". */
function positional(
  text: string,
  previous: readonly Product[],
  lexicon: Lexicon,
): { at: number; products: Product[] }[] {
  const found: { at: number; products: Product[] }[] = [];
  const hash = /(?:#|\bnumber\s+|\bno\.\s*|\boption\s+|\bitem\s+)(\d{1,2})\b/g;
  for (const match of text.matchAll(hash)) {
    const product = previous[Number(match[1]) - 1];
    found.push({ at: match.index, products: product ? [product] : [] });
  }
  for (const match of findPhrases(text, Object.keys(lexicon.ordinals))) {
    const position = lexicon.ordinals[match.phrase] ?? 1;
    const after = text.slice(match.end, match.end + 12);
    const before = text.slice(Math.max(0, match.at - 5), match.at);
    const count = Object.entries(lexicon.counts).find(([word]) =>
      hasPhrase(after.split(/[?.!,]/)[0] ?? '', [word]),
    )?.[1];
    // "the first two", "top 3", "前两个" (前 = first N); a lone ordinal needs "the" or a noun after it.
    if (count !== undefined && position !== -1 && position <= 1) {
      found.push({ at: match.at, products: previous.slice(0, count) });
      continue;
    }
    const latin = /[a-z]/.test(match.phrase);
    if (
      latin &&
      !/\b(the|and|or)\s*$|,\s*$/.test(before) &&
      !/^\s*(one|ones|item|product|option|result|choice)\b/.test(after)
    )
      continue;
    if (match.phrase === 'top' && !/^\s*(one|pick|choice|result)\b/.test(after)) continue;
    const index = position === -1 ? previous.length - 1 : position - 1;
    const product = previous[index];
    found.push({ at: match.at, products: product ? [product] : [] });
  }
  if (lexicon.locale === 'zh') {
    for (const match of text.matchAll(/前\s*([两二三四五六2-6])\s*[个款件台]/gu)) {
      found.push({ at: match.index, products: previous.slice(0, lexicon.counts[match[1] ?? ''] ?? 2) });
    }
  }
  return found;
}

/** "the Apple one", "the Dell": title or brand words that single out some of the earlier products. */
function byName(text: string, previous: readonly Product[]): { at: number; products: Product[] }[] {
  if (previous.length < 2) return [];
  const asked = new Set(matchTerms(text).filter((term) => term.length > 1 && !/^\d+$/.test(term)));
  const category = new Set(previous.flatMap((p) => p.categoryPath.flatMap(matchTerms)));
  const hits = previous.filter((product) =>
    matchTerms(`${product.brand ?? ''} ${product.title}`).some(
      (term) => asked.has(term) && !category.has(term),
    ),
  );
  // A word every earlier product shares singles nothing out.
  return hits.length > 0 && hits.length < previous.length ? [{ at: 0, products: hits }] : [];
}

/** Everything a product's own listing says of it: the words a shopper can single it out by. */
function ownText(product: Product): string {
  return [
    product.brand ?? '',
    product.title,
    product.description,
    ...(product.highlights ?? []),
    ...Object.entries(product.attributes).flat(),
    ...product.tags,
    ...product.variants.flatMap((variant) => Object.values(variant.options)),
  ].join(' ');
}

/**
 * "The electric one", "the glass ones", "不锈钢的那个": a word standing for a product that some of the
 * earlier ones say of themselves, anywhere in their listing, and the others do not.
 */
function byOwnWords(text: string, previous: readonly Product[], lexicon: Lexicon): Product[] {
  if (previous.length < 2) return [];
  const closed = [...Object.keys(lexicon.ordinals), ...lexicon.others];
  const standIns = (lexicon.locale === 'zh' ? lexicon.deictics : lexicon.placeholders).join('|');
  const pattern =
    lexicon.locale === 'zh'
      ? new RegExp(`([\\p{Script=Han}A-Za-z0-9]{2,6})的(?:${standIns})`, 'u')
      : new RegExp(`\\bthe\\s+((?:[\\p{L}\\p{N}.-]+\\s+)?[\\p{L}\\p{N}.-]+)\\s+(?:${standIns})\\b`, 'u');
  const modifier = pattern.exec(text)?.[1];
  if (modifier === undefined || hasPhrase(modifier, closed)) return [];
  // The words before the stand-in, longest first: "the stainless steel one", then "steel"; 要不锈钢 then 不锈钢.
  const pieces = lexicon.locale === 'zh' ? [...modifier] : modifier.split(/\s+/);
  const owns = previous.map((product) => new Set(contentTerms(ownText(product))));
  for (let from = 0; from < pieces.length; from += 1) {
    const piece = pieces.slice(from).join(lexicon.locale === 'zh' ? '' : ' ');
    const wanted = contentTerms(piece);
    if (wanted.length === 0 || (lexicon.locale === 'zh' && piece.length < 2)) continue;
    const hits = previous.filter((_, at) => wanted.every((term) => owns[at]?.has(term)));
    if (hits.length > 0 && hits.length < previous.length) return hits;
  }
  return [];
}

/**
 * Which earlier products a message points at: by position, by a superlative, all or both of them, by a
 * name word, or "it"/"this" (the product in view, or the single product just shown). The words come from
 * the lexicon of the message's language; the names from the products themselves.
 */
export function resolveReferences(text: string, context: ReferenceContext, lexicon: Lexicon): References {
  const { previous } = context;
  const best = superlative(text, lexicon) ?? comparativePick(text, lexicon);
  const phrases = best?.phrases ?? [];
  if (previous.length > 0) {
    const positions = positional(text, previous, lexicon);
    if (positions.length > 0) {
      const products = [...new Set(positions.sort((a, b) => a.at - b.at).flatMap((f) => f.products))];
      return { products, explicit: true, pick: best?.pick, phrases };
    }
    // "the two cheapest" is a pick among those shown, not "the two" first ones.
    if (best) return { products: [], explicit: false, pick: best.pick, phrases };
    const pair = findPhrases(text, lexicon.pairs)[0];
    const named = byName(text, previous);
    if (named.length > 0 && named[0]) return { products: named[0].products, explicit: true, phrases };
    const described = byOwnWords(text, previous, lexicon);
    if (described.length > 0) return { products: described, explicit: true, phrases };
    if (pair)
      return {
        products: previous.slice(0, 2),
        explicit: true,
        phrases: [...phrases, pair.phrase],
      };
    const all = findPhrases(text, lexicon.collectives)[0];
    if (all) return { products: [...previous], explicit: true, phrases: [...phrases, all.phrase] };
  }
  const deictic = findPhrases(text, lexicon.deictics)[0];
  if (deictic) {
    const product = context.inView ?? (previous.length === 1 ? previous[0] : undefined);
    return {
      products: product ? [product] : [],
      explicit: true,
      pick: best?.pick,
      phrases: [...phrases, deictic.phrase],
    };
  }
  return { products: [], explicit: false, pick: best?.pick, phrases };
}
