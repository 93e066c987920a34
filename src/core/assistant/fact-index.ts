import type { Product, StoreProfile } from '../catalog/types.ts';
import { findNumbers, UNIT_DIMENSIONS, type NumberMention } from './numbers-in-text.ts';
import { phraseKey, tokenize } from './names-in-text.ts';

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
  /** Fact products' titles as lower-case words. */
  titles: string[][];
  /** Fact products' brands, lower-cased. */
  brands: Set<string>;
}

/** The unit an attribute's bare number has by the attribute's name ("Weight: 4" is a weight). */
function attributeDimension(name: string): string | undefined {
  if (/weight|mass/i.test(name)) return 'weight';
  if (/width|height|depth|length|size|dimension|diameter|thickness/i.test(name)) return 'length';
  if (/percent|discount|%/i.test(name)) return 'percent';
  return undefined;
}

function productTexts(product: Product): string[] {
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
  index: FactIndex,
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

function addProduct(product: Product, index: FactIndex): void {
  const currency = product.currency;
  const pricePairs = [product, ...product.variants];
  for (const { price, salePrice } of pricePairs) {
    if (Number.isFinite(price)) index.prices.push({ value: price, currency });
    if (salePrice !== undefined && Number.isFinite(salePrice))
      index.prices.push({ value: salePrice, currency });
  }
  for (const { stock } of [product, ...product.variants]) {
    if (stock !== undefined) index.numbers.push({ value: stock, unit: 'stock' });
  }
  if (product.rating) {
    index.numbers.push({ value: product.rating.average, unit: 'star' });
    index.numbers.push({ value: product.rating.count, unit: 'review' });
  }
  if (product.reviews.length > 0) index.numbers.push({ value: product.reviews.length, unit: 'review' });
  for (const [name, value] of Object.entries(product.attributes)) {
    addMentions(findNumbers(value), index, currency, attributeDimension(name));
  }
  for (const text of productTexts(product)) addMentions(findNumbers(text), index, currency);
}

/** Turns a fact sheet into the values and words an answer is checked against. */
export function indexFacts(sheet: FactSheet): FactIndex {
  const index: FactIndex = {
    products: sheet.products,
    prices: [],
    numbers: [],
    haystack: '',
    titles: sheet.products.map((p) => tokenize(p.title).map((w) => w.lower)),
    brands: new Set(sheet.products.flatMap((p) => (p.brand ? [p.brand.toLowerCase()] : []))),
  };
  for (const product of sheet.products) addProduct(product, index);
  const general = [...storeTexts(sheet.store), ...(sheet.extraFacts ?? [])];
  for (const text of general) addMentions(findNumbers(text), index, sheet.store.currency);
  const allTexts = [
    ...sheet.products.flatMap(productTexts),
    ...sheet.products.flatMap((p) => Object.entries(p.attributes).map(([k, v]) => `${k} ${v}`)),
    ...general,
  ];
  index.haystack = allTexts.map((t) => phraseKey(tokenize(t).map((w) => w.lower))).join('|');
  return index;
}

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD']);

function sameCurrency(written: string | undefined, fact: string): boolean {
  if (written === undefined || written === fact) return true;
  if (written === '$') return DOLLAR_CURRENCIES.has(fact);
  if (written === '¥') return fact === 'JPY' || fact === 'CNY';
  return false;
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
    (p) => Math.abs(p.value - mention.value) < 0.005 && sameCurrency(mention.currency, p.currency),
  );
}

/** Whether a non-price number in an answer is stated by the facts with a unit that fits. */
export function numberIsFact(mention: NumberMention, index: FactIndex): boolean {
  // "I found 3 laptops": the count of the products shown is a fact too.
  if (mention.value === index.products.length && (mention.unit === undefined || mention.unit === 'count'))
    return true;
  return index.numbers.some((n) => sameValue(mention, n.value) && sameUnit(mention.unit, n.unit));
}
