import type { Product } from '../../catalog/types.ts';
import { findNumbers, type NumberMention } from '../../text/numbers.ts';
import { sentences } from '../../text/segment.ts';
import { unitInLabel } from '../../text/units.ts';

/** A labelled fact about a product, as the prompt and the template description use it. */
export interface Fact {
  label: string;
  value: string;
}

/** What a description may draw on: the facts to state, and everything the product's data says. */
export interface ProductFacts {
  /** The product the facts are of: what the fact check reads. */
  product: Product;
  title: string;
  brand?: string;
  /** The narrowest category, e.g. 'Kitchen'. */
  category?: string;
  tags: string[];
  /** Attributes worth a sentence: with a text value, or a number with its unit. */
  details: Fact[];
  /** Variant option names with their values, e.g. Size: S, M, L. */
  options: Fact[];
  /** The first sentences of the product's own description, when it has one. */
  about?: string;
  /** Every number in the product's data, with its unit where the data gives one. */
  numbers: NumberMention[];
  /** All of the product's text, lower-cased, for checking words a description uses. */
  text: string;
}

// Attributes about selling, not about the product itself: never worth a sentence in a description.
const TRADE_ATTRIBUTE =
  /discount|minimum order|order quantity|stock|sku|barcode|gtin|ean|upc|\bid\b|price|cost|margin/i;
/** How much of the product's own description the prompt carries: the model is small and slow to read. */
const ABOUT_CHARS = 320;

/**
 * The product's facts for a description. A bare number attribute ("Weight: 4") is left out of the prose
 * facts: without its unit the model would guess one ("4 ounces") and the fact check would have to drop it.
 */
export function productFacts(product: Product): ProductFacts {
  const details = Object.entries(product.attributes)
    .filter(([label, value]) => value.trim() !== '' && !TRADE_ATTRIBUTE.test(label))
    .filter(([label, value]) => !isBareNumber(value) || unitInLabel(label) !== undefined)
    // "Power (W): 2200" becomes "Power: 2200 W", the way a sentence says it.
    .map(([label, value]) => {
      const unit = isBareNumber(value) ? unitInLabel(label) : undefined;
      return unit === undefined
        ? { label, value }
        : { label: label.replace(/\s*\([^)]*\)\s*$/, ''), value: `${value.trim()} ${unit}` };
    });
  const options = new Map<string, Set<string>>();
  for (const variant of product.variants)
    for (const [name, value] of Object.entries(variant.options))
      options.set(name, (options.get(name) ?? new Set()).add(value));
  const category = product.categoryPath.at(-1);
  const about = firstSentences(product.description, ABOUT_CHARS);
  const sources = [
    product.title,
    product.brand ?? '',
    ...product.categoryPath,
    ...product.tags,
    ...Object.entries(product.attributes).map(([label, value]) => `${label}: ${value}`),
    ...details.map((d) => d.value),
    ...product.variants.flatMap((v) => [v.title, ...Object.entries(v.options).flat()]),
    product.description,
  ];
  return {
    product,
    title: product.title,
    ...(product.brand ? { brand: product.brand } : {}),
    ...(category ? { category } : {}),
    tags: product.tags,
    details,
    options: [...options].map(([label, values]) => ({ label, value: [...values].join(', ') })),
    ...(about ? { about } : {}),
    numbers: sources.flatMap((s) => findNumbers(s)),
    text: sources.join('\n').toLowerCase(),
  };
}

function isBareNumber(value: string): boolean {
  return /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(value);
}

/** Whole sentences from the start of the text, up to about `limit` characters (at least one). */
function firstSentences(text: string, limit: number): string | undefined {
  let about = '';
  for (const sentence of sentences(text)) {
    if (about && about.length + sentence.length + 1 > limit) break;
    about = about ? `${about} ${sentence}` : sentence;
  }
  return about.trim() || undefined;
}
