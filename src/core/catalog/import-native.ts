/**
 * Aisle's own catalog format: {"format": "aisle-catalog", "version": 1, "store": {...}, "products": [...]},
 * the product model written out as JSON. Types are checked strictly; see docs/catalog.md.
 */
import { availabilityFromStock } from './availability.ts';
import { CatalogFormatError } from './errors.ts';
import { isObject, type Json } from './field-values.ts';
import { ImportLog } from './import-log.ts';
import { childPath, placeJsonIssues } from './json-places.ts';
import { NativeObject } from './native-fields.ts';
import { ProductList } from './product-list.ts';
import { defaultStore } from './store-profile.ts';
import { staysOnOrigin } from './text.ts';
import type {
  Availability,
  Catalog,
  FaqEntry,
  ImportResult,
  Product,
  ProductImage,
  Review,
  StoreProfile,
  Variant,
} from './types.ts';

export const NATIVE_FORMAT = 'aisle-catalog';
export const NATIVE_VERSION = 1;

const AVAILABILITY: readonly Availability[] = [
  'in-stock',
  'low-stock',
  'out-of-stock',
  'preorder',
  'unknown',
];
// One field name per model field, kept compact so it reads as the list it is.
// prettier-ignore
const PRODUCT_KEYS: readonly (keyof Product)[] = [
  'id', 'title', 'description', 'brand', 'categoryPath', 'price', 'currency', 'salePrice', 'variants',
  'attributes', 'tags', 'images', 'availability', 'stock', 'rating', 'reviews', 'faq', 'location', 'barcode',
  'sku', 'policies', 'highlights',
];
const VARIANT_KEYS = ['sku', 'title', 'options', 'price', 'salePrice', 'stock', 'availability', 'barcode'];
const STORE_KEYS = ['name', 'currency', 'locale', 'openingHours', 'returnPolicy', 'warrantyPolicy', 'faq'];

export function isNativeCatalog(doc: Json): boolean {
  return isObject(doc) && doc.format === NATIVE_FORMAT;
}

function faqList(owner: NativeObject, log: ImportLog): FaqEntry[] {
  return owner.list('faq', (value, path) => {
    const entry = NativeObject.read(value, path, log, ['question', 'answer'], '; left out');
    const question = entry?.string('question');
    const answer = entry?.string('answer');
    if (entry && (question === undefined || answer === undefined))
      log.error('an FAQ entry needs a question and an answer, both text; left out', { path });
    return question !== undefined && answer !== undefined ? { question, answer } : undefined;
  });
}

function image(value: Json, path: string, log: ImportLog): ProductImage | undefined {
  if (typeof value === 'string') return { src: value, availableOffline: staysOnOrigin(value) };
  const entry = NativeObject.read(value, path, log, ['src', 'alt', 'availableOffline'], '; left out');
  const src = entry?.string('src', '; image left out');
  if (entry === undefined || src === undefined) return undefined;
  const alt = entry.string('alt');
  return { src, availableOffline: staysOnOrigin(src), ...(alt === undefined ? {} : { alt }) };
}

function review(value: Json, path: string, log: ImportLog): Review | undefined {
  const entry = NativeObject.read(value, path, log, ['rating', 'text', 'author', 'date'], '; left out');
  if (!entry) return undefined;
  const rating = entry.number('rating', { min: 0 });
  if (rating === undefined || rating > 5) {
    log.error('a review needs a rating from 0 to 5; left out', { path });
    return undefined;
  }
  return {
    rating,
    text: entry.string('text') ?? '',
    author: entry.string('author'),
    date: entry.string('date'),
  };
}

/** Reads the sale price, dropping one that is not below the price (it would show a "sale" that is none). */
function salePrice(entry: NativeObject, price: number, log: ImportLog): number | undefined {
  const sale = entry.number('salePrice', { min: 0 });
  if (sale === undefined || !(sale >= price)) return sale;
  log.warning(`sale price ${sale} is not below the price ${price}; no sale is shown`, {
    path: entry.at('salePrice'),
  });
  return undefined;
}

function variant(value: Json, path: string, log: ImportLog): Variant | undefined {
  const entry = NativeObject.read(value, path, log, VARIANT_KEYS, '; variant left out');
  if (!entry) return undefined;
  const price = entry.number('price') ?? Number.NaN;
  const stock = entry.number('stock', { integer: true });
  return {
    sku: entry.string('sku') ?? '',
    title: entry.string('title') ?? '',
    options: entry.textRecord('options'),
    price,
    salePrice: salePrice(entry, price, log),
    stock,
    availability: entry.oneOf('availability', AVAILABILITY) ?? availabilityFromStock(stock),
    barcode: entry.string('barcode'),
  };
}

/** Bullet points, left off the product when the source has none (the field is optional). */
function highlights(entry: NativeObject): Pick<Product, 'highlights'> {
  const list = entry.strings('highlights');
  return list.length > 0 ? { highlights: list } : {};
}

function product(value: Json, path: string, log: ImportLog, currency: string): Product | undefined {
  const entry = NativeObject.read(value, path, log, PRODUCT_KEYS, '; product skipped');
  if (!entry) return undefined;
  const id = entry.string('id', '; product skipped');
  if (id === undefined) {
    if (entry.value.id === undefined) log.error('product has no id; skipped', { path });
    return undefined;
  }
  const price = entry.number('price') ?? Number.NaN;
  const stock = entry.number('stock', { integer: true });
  const rating = entry.object('rating', ['average', 'count']);
  const average = rating?.number('average', { min: 0 });
  const location = entry.object('location', ['aisle', 'shelf']);
  const policies = entry.object('policies', ['warranty', 'returns', 'shipping']);
  return {
    id,
    title: entry.string('title') ?? '',
    description: entry.string('description') ?? '',
    brand: entry.string('brand'),
    categoryPath: entry.strings('categoryPath'),
    price,
    currency: entry.string('currency') ?? currency,
    salePrice: salePrice(entry, price, log),
    variants: entry.list('variants', (v, p) => variant(v, p, log)),
    attributes: entry.textRecord('attributes'),
    ...highlights(entry),
    tags: entry.strings('tags'),
    images: entry.list('images', (v, p) => image(v, p, log)),
    availability: entry.oneOf('availability', AVAILABILITY) ?? availabilityFromStock(stock),
    stock,
    rating:
      average === undefined
        ? undefined
        : { average, count: rating?.number('count', { min: 0, integer: true }) ?? 0 },
    reviews: entry.list('reviews', (v, p) => review(v, p, log)),
    faq: faqList(entry, log),
    location: location && { aisle: location.string('aisle'), shelf: location.string('shelf') },
    barcode: entry.string('barcode'),
    sku: entry.string('sku'),
    policies: {
      warranty: policies?.string('warranty'),
      returns: policies?.string('returns'),
      shipping: policies?.string('shipping'),
    },
  };
}

function store(doc: NativeObject, log: ImportLog, currency: string | undefined): StoreProfile {
  const entry = doc.object('store', STORE_KEYS);
  const fallback = defaultStore({ currency });
  if (!entry) {
    log.warning(`the file has no store profile; the store is called "${fallback.name}"`, { path: 'store' });
    return fallback;
  }
  const code = entry.string('currency');
  if (code !== undefined && !/^[A-Z]{3}$/.test(code))
    log.error(`expected a three-letter ISO 4217 currency code such as "EUR", found "${code}"`, {
      path: entry.at('currency'),
    });
  return {
    name: entry.string('name') ?? fallback.name,
    currency: code !== undefined && /^[A-Z]{3}$/.test(code) ? code : fallback.currency,
    locale: entry.string('locale') ?? fallback.locale,
    openingHours: entry.string('openingHours'),
    returnPolicy: entry.string('returnPolicy'),
    warrantyPolicy: entry.string('warrantyPolicy'),
    faq: faqList(entry, log),
  };
}

/** Imports a parsed native document; text is the source, for line numbers in messages. */
export function importNativeCatalog(
  doc: Json,
  text: string,
  options: { file: string; currency?: string },
): ImportResult {
  const { file } = options;
  if (!isObject(doc) || doc.format !== NATIVE_FORMAT)
    throw new CatalogFormatError(file, `not an aisle-catalog file: "format" must be "${NATIVE_FORMAT}"`);
  if (doc.version !== NATIVE_VERSION)
    throw new CatalogFormatError(
      file,
      `aisle-catalog version ${JSON.stringify(doc.version ?? null)} is not supported; this kiosk reads version ${NATIVE_VERSION}`,
    );
  if (!Array.isArray(doc.products))
    throw new CatalogFormatError(file, 'an aisle-catalog file needs a "products" array');
  const log = new ImportLog(file);
  const root = NativeObject.read(doc, '', log, ['format', 'version', 'store', 'products']);
  const profile = root ? store(root, log, options.currency) : defaultStore(options);
  const products = new ProductList(log);
  doc.products.forEach((value, index) => {
    const path = childPath('products', index);
    const read = product(value, path, log, profile.currency);
    if (read)
      products.add(read, {
        product: { path },
        title: { path: childPath(path, 'title') },
        price: { path: childPath(path, 'price') },
      });
  });
  if (products.products.length === 0 && doc.products.length > 0) {
    placeJsonIssues(text, log.issues);
    const first = log.issues.find((i) => i.severity === 'error');
    throw new CatalogFormatError(
      file,
      `the file holds no usable product${first ? ` (the first fault: ${first.path}: ${first.message})` : ''}`,
    );
  }
  const result = { catalog: { store: profile, products: products.finish() }, issues: log.issues };
  placeJsonIssues(text, result.issues);
  return result;
}

/** Writes a catalog in the native format; a missing price (NaN) is written as null. */
export function nativeCatalogJson(catalog: Catalog): string {
  return JSON.stringify(
    { format: NATIVE_FORMAT, version: NATIVE_VERSION, store: catalog.store, products: catalog.products },
    null,
    2,
  );
}
