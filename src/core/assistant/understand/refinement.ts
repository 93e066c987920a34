import type { Product } from '../../catalog/types.ts';
import { shopperPrice, type SearchFilters } from '../../search/filters.ts';
import type { Lexicon } from './lexicon/index.ts';
import { findPhrases, hasPhrase } from './phrases.ts';
import type { Refinement } from './turn.ts';
import type { Vocabulary } from './vocabulary.ts';

const cents = (amount: number) => Math.round(amount * 100) / 100;

/**
 * A colour as a product's own words write it: a Chinese colour word without its 色 ("银色" is the 银 of
 * 月光银, "黑色" the 黑 of 曜石黑); other colours as they are.
 */
export function colourStem(colour: string): string {
  const lower = colour.toLowerCase();
  return lower.length > 1 && lower.endsWith('色') ? lower.slice(0, -1) : lower;
}

/** Whether a text writes a colour, as its words spell it ("Moonlight Silver" writes silver). */
export function writesColour(text: string, colour: string): boolean {
  return findPhrases(text.toLowerCase(), [colour.toLowerCase(), colourStem(colour)]).length > 0;
}

/** The product's own text a colour must appear in. */
export function mentionsColour(product: Product, colour: string): boolean {
  const text = [
    product.title,
    ...Object.values(product.attributes),
    ...product.variants.flatMap((variant) => Object.values(variant.options)),
    ...product.tags,
  ].join(' ');
  return writesColour(text, colour);
}

/**
 * Reads a follow-up that names no new kind of product as a change to the previous search: cheaper or
 * pricier than `reference` (the first product shown, or the one on screen), a colour the catalog has,
 * on sale. Undefined when the message carries none of these.
 */
export function readRefinement(
  text: string,
  reference: Product | undefined,
  lexicon: Lexicon,
  vocabulary: Vocabulary,
): Refinement | undefined {
  const colour = findPhrases(text, [...vocabulary.colours, ...lexicon.colours])[0]?.phrase;
  const price = reference ? shopperPrice(reference) : Number.NaN;
  const filters: SearchFilters = {};
  const refinement: Refinement = { filters };
  if (reference && Number.isFinite(price) && hasPhrase(text, lexicon.cheaper)) {
    filters.maxPrice = cents(price - 0.01);
    refinement.cheaperThan = reference;
  } else if (reference && Number.isFinite(price) && hasPhrase(text, lexicon.pricier)) {
    filters.minPrice = cents(price + 0.01);
    refinement.pricierThan = reference;
  }
  if (colour) refinement.colour = colour;
  if (hasPhrase(text, lexicon.onSale)) refinement.onSale = true;
  const changed = refinement.cheaperThan ?? refinement.pricierThan ?? refinement.colour ?? refinement.onSale;
  return changed ? refinement : undefined;
}
