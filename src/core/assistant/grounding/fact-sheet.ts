import type { Product, StoreProfile } from '../../catalog/types.ts';
import { currencyFits } from '../../text/money.ts';
import { findNumbers, type NumberMention } from '../../text/numbers.ts';
import { attributeDimension, canonicalUnit, unitInLabel, UNIT_DIMENSIONS } from '../../text/units.ts';
import { phraseKey, tokenize } from './names.ts';

/** What an answer may state: the products it is about, the store, and other verified text. */
export interface FactSheet {
  products: Product[];
  store: StoreProfile;
  /** Other verified text the answer may quote, e.g. policy sentences or the shopper's stated budget. */
  extraFacts?: string[];
}

interface FactPrice {
  value: number;
  currency: string;
}

interface FactNumber {
  value: number;
  /** A unit ('year'), a dimension any unit of which fits ('weight'), or none (any unit fits). */
  unit?: string;
}

/** The facts as values and words, ready to check an answer against. */
export interface FactIndex {
  products: Product[];
  prices: FactPrice[];
  numbers: FactNumber[];
  /** Every fact text as " word word " runs joined by "|". */
  haystack: string;
  /** Every fact text, lower-cased. */
  text: string;
  /** Fact products' titles as lower-case words. */
  titles: string[][];
  /** Fact products' brands, lower-cased. */
  brands: Set<string>;
}

/** Every text of a product that an answer may draw on. */
export function productTexts(product: Product): string[] {
  const texts = [
    product.title,
    product.description,
    product.brand ?? '',
    product.sku ?? '',
    product.barcode ?? '',
  ];
  texts.push(product.categoryPath.join(' '), product.tags.join(', '));
  texts.push(...Object.values(product.policies).filter((t): t is string => t !== undefined));
  for (const entry of product.faq) texts.push(entry.question, entry.answer);
  for (const variant of product.variants) {
    texts.push(variant.title, variant.sku, ...Object.values(variant.options));
  }
  if (product.location) {
    const { aisle, shelf } = product.location;
    texts.push([aisle && `Aisle ${aisle}`, shelf && `Shelf ${shelf}`].filter(Boolean).join(', '));
  }
  return texts.filter((t) => t.trim() !== '');
}

function storeTexts(store: StoreProfile): string[] {
  const texts = [store.name, store.openingHours ?? '', store.returnPolicy ?? '', store.warrantyPolicy ?? ''];
  for (const entry of store.faq) texts.push(entry.question, entry.answer);
  return texts.filter((t) => t.trim() !== '');
}

function addMentions(
  mentions: NumberMention[],
  index: Pick<FactIndex, 'prices' | 'numbers'>,
  currency: string,
  dimension?: string,
): void {
  for (const mention of mentions) {
    if (mention.kind === 'price' && !mention.bound) {
      const code = mention.currency === undefined || mention.currency === '$' ? currency : mention.currency;
      index.prices.push({ value: mention.value, currency: code });
      index.numbers.push({ value: mention.value });
    } else if (mention.kind === 'price') {
      // A limit ("free delivery over $50", a shopper's "under $1000") backs the same limit, not a price.
      index.numbers.push({ value: mention.value });
    } else {
      index.numbers.push({ value: mention.value, unit: mention.unit ?? dimension });
    }
  }
}

/** One product's facts as values and words: built once per product, shared by every check. */
export interface ProductFactSheet {
  prices: FactPrice[];
  numbers: FactNumber[];
  /** The product's texts as " word word " runs joined by "|". */
  haystack: string;
  /** The product's texts, lower-cased, for claim words and proper names. */
  text: string;
  title: string[];
}

const productSheets = new WeakMap<Product, ProductFactSheet>();

/** The fact sheet of one product (cached: a product's facts are read once). */
export function productFactSheet(product: Product): ProductFactSheet {
  const cached = productSheets.get(product);
  if (cached) return cached;
  const sheet: ProductFactSheet = { prices: [], numbers: [], haystack: '', text: '', title: [] };
  const currency = product.currency;
  for (const { price, salePrice } of [product, ...product.variants]) {
    if (Number.isFinite(price)) sheet.prices.push({ value: price, currency });
    if (salePrice !== undefined && Number.isFinite(salePrice))
      sheet.prices.push({ value: salePrice, currency });
  }
  for (const { stock } of [product, ...product.variants]) {
    if (stock !== undefined) sheet.numbers.push({ value: stock, unit: 'stock' });
  }
  if (product.rating) {
    sheet.numbers.push({ value: product.rating.average, unit: 'star' });
    sheet.numbers.push({ value: product.rating.count, unit: 'review' });
  }
  if (product.reviews.length > 0) sheet.numbers.push({ value: product.reviews.length, unit: 'review' });
  for (const [name, value] of Object.entries(product.attributes)) {
    // "Power (W): 2200" is 2200 W; "Weight: 4" a weight in some unit.
    const unit = canonicalUnit(unitInLabel(name)) ?? attributeDimension(name);
    addMentions(findNumbers(value), sheet, currency, unit);
  }
  const texts = productTexts(product);
  for (const text of texts) addMentions(findNumbers(text), sheet, currency);
  const all = [...texts, ...Object.entries(product.attributes).map(([k, v]) => `${k} ${v}`)];
  sheet.haystack = all.map((t) => phraseKey(tokenize(t).map((w) => w.lower))).join('|');
  sheet.text = all.join('\n').toLowerCase();
  sheet.title = tokenize(product.title).map((w) => w.lower);
  productSheets.set(product, sheet);
  return sheet;
}

/** Turns a fact sheet into the values and words an answer is checked against. */
export function indexFacts(sheet: FactSheet): FactIndex {
  const products = sheet.products.map(productFactSheet);
  const index: FactIndex = {
    products: sheet.products,
    prices: products.flatMap((p) => p.prices),
    numbers: products.flatMap((p) => p.numbers),
    haystack: '',
    text: '',
    titles: products.map((p) => p.title),
    brands: new Set(sheet.products.flatMap((p) => (p.brand ? [p.brand.toLowerCase()] : []))),
  };
  const general = [...storeTexts(sheet.store), ...(sheet.extraFacts ?? [])];
  for (const text of general) addMentions(findNumbers(text), index, sheet.store.currency);
  index.haystack = [
    ...products.map((p) => p.haystack),
    ...general.map((t) => phraseKey(tokenize(t).map((w) => w.lower))),
  ].join('|');
  index.text = [...products.map((p) => p.text), ...general.map((t) => t.toLowerCase())].join('\n');
  return index;
}

function decimals(raw: string): number {
  return /\d\.(\d+)/.exec(raw)?.[1]?.length ?? 0;
}

function sameValue(written: NumberMention, fact: number): boolean {
  if (Math.abs(written.value - fact) < 1e-9) return true;
  // "4.6 stars" for 4.56 is a fair rounding; a whole number is never rounded ("5 stars" for 4.56 is not).
  const places = decimals(written.raw);
  return (
    places > 0 && written.unit !== 'clock' && Math.abs(Number(fact.toFixed(places)) - written.value) < 1e-9
  );
}

function sameUnit(written: string | undefined, fact: string | undefined): boolean {
  if (written === undefined || fact === undefined || written === fact) return true;
  if (UNIT_DIMENSIONS[written] === fact) return true;
  return (written === 'count' && fact === 'stock') || (written === 'stock' && fact === 'count');
}

/** Whether a price in an answer is one of the facts' prices, in a currency that fits. */
export function priceIsFact(mention: NumberMention, index: FactIndex): boolean {
  return index.prices.some(
    (p) => Math.abs(p.value - mention.value) < 0.005 && currencyFits(mention.currency, p.currency),
  );
}

/**
 * Whether a non-price number in an answer is stated by the facts with a unit that fits; `strict`: with
 * the facts' own unit ("15.14 inches" is not backed by "Width: 15.14").
 */
export function numberIsFact(mention: NumberMention, index: FactIndex, strict = false): boolean {
  // "I found 3 laptops": the count of the products shown is a fact too.
  if (mention.value === index.products.length && (mention.unit === undefined || mention.unit === 'count'))
    return true;
  if (strict)
    return index.numbers.some(
      (n) =>
        Math.abs(n.value - mention.value) < 1e-9 && (mention.unit === undefined || mention.unit === n.unit),
    );
  return index.numbers.some((n) => sameValue(mention, n.value) && sameUnit(mention.unit, n.unit));
}
