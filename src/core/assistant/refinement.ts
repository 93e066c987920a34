import type { Product } from '../catalog/types.ts';
import { shopperPrice, type SearchFilters } from '../search/filters.ts';

/** Colour words shoppers refine by; matched against product text, never assumed. */
const COLOURS =
  'black white red blue green yellow orange purple pink brown grey gray silver gold beige navy cream ' +
  'plum starlight violet maroon teal turquoise khaki';
const COLOUR = new RegExp(`\\b(${COLOURS.split(' ').join('|')})\\b`, 'i');
const CHEAPER = /\b(cheaper|less expensive|lower price|more affordable|lower budget|cheapest one)\b/i;
const PRICIER = /\b(more expensive|pricier|higher end|more premium|fancier)\b/i;
/** Words a refinement is made of; anything else means the shopper asked for something new. */
const FILLER =
  /\b(any|anything|something|some|one|ones|do|you|have|got|is|are|there|in|a|an|the|show|me|other|options?|colou?rs?|else|please|what|about|how|maybe|instead|similar|like|that|this|those|these|but|and|with|it|them|more|less|cheaper|expensive|pricier|lower|higher|price|affordable|budget|end|premium|fancier|one|version|available|i|want|need|would|prefer)\b/gi;

/** How a follow-up such as "cheaper?" or "any in black?" changes the previous search. */
export interface Refinement {
  /** Extra words for the search (a colour). */
  words: string;
  filters: SearchFilters;
  /** A colour the products must show in their own text. */
  colour?: string;
  /** A short phrase for the answer, e.g. "cheaper than the Lenovo Yoga 920". */
  said: string;
}

/** The product's own text a colour must appear in. */
export function mentionsColour(product: Product, colour: string): boolean {
  const text = [
    product.title,
    ...Object.values(product.attributes),
    ...product.variants.flatMap((variant) => Object.values(variant.options)),
    ...product.tags,
  ]
    .join(' ')
    .toLowerCase();
  return new RegExp(`\\b${colour.toLowerCase()}\\b`).test(text);
}

/**
 * Reads a follow-up as a change to the previous search, relative to `reference` (the first product of
 * the previous answer, or the one on screen). Undefined when the message asks for something new.
 */
export function readRefinement(message: string, reference: Product | undefined): Refinement | undefined {
  const leftover = message
    .replace(FILLER, ' ')
    .replace(COLOUR, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (leftover.length > 0) return undefined;
  const colour = COLOUR.exec(message)?.[1]?.toLowerCase();
  const price = reference ? shopperPrice(reference) : Number.NaN;
  const filters: SearchFilters = {};
  const said: string[] = [];
  if (CHEAPER.test(message) && Number.isFinite(price) && reference) {
    filters.maxPrice = Math.round((price - 0.01) * 100) / 100;
    said.push(`cheaper than the ${reference.title}`);
  } else if (PRICIER.test(message) && Number.isFinite(price) && reference) {
    filters.minPrice = Math.round((price + 0.01) * 100) / 100;
    said.push(`pricier than the ${reference.title}`);
  }
  if (colour) said.push(`in ${colour}`);
  if (said.length === 0) return undefined;
  return { words: colour ?? '', filters, colour, said: said.join(', ') };
}
