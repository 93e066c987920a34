import { mergeAttributes } from './attributes.ts';
import { parseAvailability, availabilityFromStock } from './availability.ts';
import { descriptionSpecs } from './description-specs.ts';
import { isObject, toNumber, toText, toTextList, type Json, type JsonObject } from './field-values.ts';
import type { ImportLog, SourcePlace } from './import-log.ts';
import { FIELD_ALIASES, valueAt, type CatalogMapping, type MappableField } from './mapping.ts';
import type { ProductPlaces } from './product-list.ts';
import { htmlToText, humanize, isRemoteUrl, staysOnOrigin } from './text.ts';
import type { Product, ProductImage, Review } from './types.ts';

/** Source fields that carry no shopper-facing fact (bookkeeping, contact data, remote links). */
const IGNORED = new Set([
  'createdAt',
  'updatedAt',
  'created_at',
  'updated_at',
  'qrCode',
  'meta',
  'url',
  'permalink',
]);

/** 'Product Name', 'product_name' and 'productName' all read as 'productname'. */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const NORMALISED_ALIASES = Object.fromEntries(
  Object.entries(FIELD_ALIASES).map(([field, aliases]) => [field, new Set(aliases.map(normalise))]),
) as Record<MappableField, Set<string>>;

const present = (value: Json | undefined): value is Json =>
  value !== undefined && value !== null && value !== '';

/** The source key and value for a product field: the mapping's path if it names one, else the first alias. */
function pick(
  record: JsonObject,
  field: MappableField,
  mapping: CatalogMapping | undefined,
): { key: string; value: Json } | undefined {
  const mapped = mapping?.fields[field];
  if (mapped !== undefined) {
    const value = valueAt(record, mapped);
    return present(value) ? { key: mapped, value } : undefined;
  }
  for (const key of FIELD_ALIASES[field]) {
    const value = record[key];
    if (present(value)) return { key, value };
  }
  // Spreadsheet headers spell the same names with spaces and capitals ("Product Name").
  for (const [key, value] of Object.entries(record))
    if (present(value) && NORMALISED_ALIASES[field].has(normalise(key))) return { key, value };
  return undefined;
}

/** The key a field would have come from when its value is empty: the column is still worth naming. */
function emptyFieldKey(record: JsonObject, field: MappableField): string {
  for (const key of Object.keys(record)) if (NORMALISED_ALIASES[field].has(normalise(key))) return key;
  return FIELD_ALIASES[field][0];
}

function categoryPath(value: Json | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value)
    ? toTextList(value)
    : (toText(value) ?? '').split(/\s*(?:>|\/|›|»)\s*/).filter(Boolean);
  return parts.map((p) => (/[-_]/.test(p) || p === p.toLowerCase() ? humanize(p) : p));
}

/** Image sources from an array, an object with src/url, or a comma-separated list (as CSV cells hold them). */
export function imageList(value: Json | undefined): ProductImage[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .flatMap((item) => {
      if (isObject(item)) return [toText(item.src ?? item.url ?? null)];
      const text = toText(item);
      if (text === undefined || text.startsWith('data:')) return [text];
      return text.split(/\s*,\s*/);
    })
    .filter((src): src is string => src !== undefined && src !== '')
    .map((src) => ({ src, availableOffline: staysOnOrigin(src) }));
}

function reviews(value: Json | undefined): Review[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((r) => {
    const rating = toNumber(r.rating ?? r.stars ?? r.score ?? null);
    const text = toText(r.comment ?? r.text ?? r.body ?? r.review ?? r.content ?? null);
    if (rating === undefined && text === undefined) return [];
    return [
      {
        rating: rating ?? 0,
        text: text ?? '',
        author: toText(r.reviewerName ?? r.author ?? r.name ?? r.reviewer ?? null),
        date: toText(r.date ?? r.createdAt ?? r.created_at ?? null),
      },
    ];
  });
}

/** Source fields that hold a listing's bullet points; only a list of texts is read as them. */
const HIGHLIGHT_KEYS = new Set(['highlights', 'bullets', 'bulletpoints', 'keyfeatures', 'features']);

/** The record's bullet points (claiming their field), when one of HIGHLIGHT_KEYS holds a list of texts. */
function highlights(record: JsonObject, claimed: Set<string>): Pick<Product, 'highlights'> {
  for (const [key, value] of Object.entries(record)) {
    if (!HIGHLIGHT_KEYS.has(normalise(key)) || !Array.isArray(value)) continue;
    const list = toTextList(value);
    if (list.length === 0) continue;
    claimed.add(key);
    return { highlights: list };
  }
  return {};
}

/** Scalars and flat objects that no field claimed become attributes, so no fact is dropped silently. */
function leftoverAttributes(record: JsonObject, claimed: Set<string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (claimed.has(key) || IGNORED.has(key) || /email|password/i.test(key)) continue;
    if (typeof value === 'string' && isRemoteUrl(value)) continue;
    const text = toText(value);
    if (text !== undefined && !isObject(value)) attributes[humanize(key)] = text;
    else if (isObject(value))
      for (const [inner, innerValue] of Object.entries(value)) {
        if (claimed.has(`${key}.${inner}`)) continue;
        const innerText = typeof innerValue === 'object' ? undefined : toText(innerValue);
        if (innerText !== undefined) attributes[humanize(inner)] = innerText;
      }
  }
  return attributes;
}

export interface GenericContext {
  /** Currency for records that state none. */
  currency: string;
  mapping?: CatalogMapping;
  /** Where a source field of this record sits (the record itself when no key is given). */
  place(key?: string): SourcePlace;
}

export interface MappedProduct {
  product: Product;
  places: ProductPlaces;
}

/** Maps one record with common (or mapped) field names onto the product model; reports what it could not take. */
export function mapGenericProduct(
  record: JsonObject,
  context: GenericContext,
  log: ImportLog,
): MappedProduct | undefined {
  const claimed = new Set<string>();
  const keys: Partial<Record<MappableField, string>> = {};
  const get = (field: MappableField): Json | undefined => {
    const found = pick(record, field, context.mapping);
    if (!found) return undefined;
    claimed.add(found.key);
    keys[field] = found.key;
    return found.value;
  };
  const fieldPlace = (field: MappableField) =>
    context.place(keys[field] ?? context.mapping?.fields[field] ?? emptyFieldKey(record, field));

  const id = toText(get('id') ?? null);
  const title = toText(get('title') ?? null);
  if (id === undefined) {
    const looked = context.mapping?.fields.id ?? 'id, sku, handle';
    log.error(`product has no id (looked for ${looked}); skipped`, context.place());
    return undefined;
  }

  const rawPrice = get('price');
  const price = toNumber(rawPrice);
  if (rawPrice !== undefined && price === undefined)
    log.error(`price "${String(rawPrice)}" is not a number`, fieldPlace('price'));

  // Only an explicit sale price counts: a bare discount percentage (as in some API dumps) is not stated to
  // apply at the till, and the kiosk must never show a price the shelf does not.
  const rawSale = get('salePrice');
  let salePrice = toNumber(rawSale);
  if (rawSale !== undefined && salePrice === undefined)
    log.error(`sale price "${String(rawSale)}" is not a number`, fieldPlace('salePrice'));
  if (salePrice !== undefined && price !== undefined && salePrice >= price) {
    log.warning(
      `sale price ${salePrice} is not below the price ${price}; no sale is shown`,
      fieldPlace('salePrice'),
    );
    salePrice = undefined;
  }

  const stock = toNumber(get('stock'));
  const availability = parseAvailability(get('availability')) ?? availabilityFromStock(stock);
  const ratingValue = get('rating');
  const average = isObject(ratingValue)
    ? toNumber(ratingValue.rate ?? ratingValue.average ?? null)
    : toNumber(ratingValue);
  const productReviews = reviews(get('reviews'));
  const ratingCount =
    (isObject(ratingValue) ? toNumber(ratingValue.count ?? null) : undefined) ??
    toNumber(get('ratingCount')) ??
    productReviews.length;
  const description = toText(get('description') ?? null) ?? '';
  const aisle = toText(get('aisle') ?? null);
  const shelf = toText(get('shelf') ?? null);
  const barcode =
    toText(get('barcode') ?? null) ??
    (isObject(record.meta) ? toText(record.meta.barcode ?? null) : undefined);

  const product: Product = {
    id,
    title: title ?? '',
    description: /<[a-z][\s\S]*>/i.test(description) ? htmlToText(description) : description,
    brand: toText(get('brand') ?? null),
    categoryPath: categoryPath(get('category')),
    price: price ?? Number.NaN,
    currency: toText(get('currency') ?? null)?.toUpperCase() ?? context.currency,
    salePrice,
    variants: [],
    tags: toTextList(get('tags')),
    images: imageList(get('images')),
    availability,
    stock,
    rating: average === undefined ? undefined : { average, count: ratingCount },
    reviews: productReviews,
    faq: [],
    location: aisle || shelf ? { aisle, shelf } : undefined,
    barcode,
    sku: toText(get('sku') ?? null),
    policies: {
      warranty: toText(get('warranty') ?? null),
      returns: toText(get('returns') ?? null),
      shipping: toText(get('shipping') ?? null),
    },
    ...highlights(record, claimed),
    // A field of the record wins over a spec sheet written in the description.
    attributes: mergeAttributes(leftoverAttributes(record, claimed), descriptionSpecs(description)),
  };
  return {
    product,
    places: { product: context.place(), title: fieldPlace('title'), price: fieldPlace('price') },
  };
}
