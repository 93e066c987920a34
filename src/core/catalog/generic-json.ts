import { parseAvailability, availabilityFromStock } from './availability.ts';
import { isObject, toNumber, toText, toTextList, type Json, type JsonObject } from './field-values.ts';
import { htmlToText, humanize, isRemoteUrl } from './text.ts';
import type { ImportIssue, Product, ProductImage, Review } from './types.ts';

/** Common field names in shop exports and APIs, in order of preference. */
const ALIASES = {
  id: ['id', 'sku', 'handle', 'productId', 'product_id', '_id', 'code', 'slug'],
  title: ['title', 'name', 'productName', 'product_name'],
  description: ['description', 'body', 'body_html', 'bodyHtml', 'descriptionHtml', 'summary', 'desc'],
  price: ['price', 'regular_price', 'regularPrice', 'listPrice', 'list_price'],
  salePrice: ['sale_price', 'salePrice', 'discountedPrice', 'discounted_price', 'specialPrice'],
  currency: ['currency', 'currencyCode', 'currency_code', 'priceCurrency'],
  brand: ['brand', 'vendor', 'manufacturer', 'make'],
  category: [
    'category',
    'categories',
    'category_path',
    'categoryPath',
    'product_type',
    'productType',
    'type',
  ],
  tags: ['tags', 'keywords', 'labels'],
  rating: ['rating', 'averageRating', 'average_rating', 'ratingAverage', 'stars'],
  ratingCount: ['ratingCount', 'rating_count', 'reviewCount', 'review_count', 'numReviews'],
  stock: ['stock', 'quantity', 'inventory', 'inventory_quantity', 'stock_quantity', 'stockQuantity', 'qty'],
  availability: ['availabilityStatus', 'availability', 'stock_status', 'stockStatus', 'inStock', 'in_stock'],
  images: ['images', 'image', 'image_url', 'imageUrl', 'thumbnail', 'picture', 'photo'],
  reviews: ['reviews', 'comments'],
  sku: ['sku', 'SKU', 'mpn'],
  barcode: ['barcode', 'gtin', 'gtin13', 'ean', 'upc'],
  warranty: ['warrantyInformation', 'warranty', 'warranty_information'],
  returns: ['returnPolicy', 'return_policy', 'returns'],
  shipping: ['shippingInformation', 'shipping', 'shipping_information'],
  aisle: ['aisle'],
  shelf: ['shelf', 'bin'],
} as const;

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

type Field = keyof typeof ALIASES;

function pick(record: JsonObject, field: Field): { key: string; value: Json } | undefined {
  for (const key of ALIASES[field]) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return { key, value };
  }
  return undefined;
}

function categoryPath(value: Json | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value)
    ? toTextList(value)
    : (toText(value) ?? '').split(/\s*(?:>|\/|›|»)\s*/).filter(Boolean);
  return parts.map((p) => (/[-_]/.test(p) || p === p.toLowerCase() ? humanize(p) : p));
}

function images(value: Json | undefined): ProductImage[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .map((item) => (isObject(item) ? toText(item.src ?? item.url ?? null) : toText(item)))
    .filter((src): src is string => src !== undefined)
    .map((src) => ({ src, availableOffline: !isRemoteUrl(src) }));
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

/** Scalars and flat objects that no alias claimed become attributes, so no fact is dropped silently. */
function leftoverAttributes(record: JsonObject, claimed: Set<string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (claimed.has(key) || IGNORED.has(key) || /email|password/i.test(key)) continue;
    if (typeof value === 'string' && isRemoteUrl(value)) continue;
    const text = toText(value);
    if (text !== undefined && !isObject(value)) attributes[humanize(key)] = text;
    else if (isObject(value))
      for (const [inner, innerValue] of Object.entries(value)) {
        const innerText = typeof innerValue === 'object' ? undefined : toText(innerValue);
        if (innerText !== undefined) attributes[humanize(inner)] = innerText;
      }
  }
  return attributes;
}

export interface GenericJsonContext {
  file: string;
  /** Where the products array sits in the document, e.g. 'products'. */
  basePath: string;
  currency: string;
}

/** Maps one product object with common field names onto the product model; reports what it could not take. */
export function mapGenericProduct(
  record: JsonObject,
  index: number,
  context: GenericJsonContext,
  issues: ImportIssue[],
): Product | undefined {
  const path = `${context.basePath}[${index}]`;
  const claimed = new Set<string>();
  const get = (field: Field): Json | undefined => {
    const found = pick(record, field);
    if (found) claimed.add(found.key);
    return found?.value;
  };
  const report = (severity: ImportIssue['severity'], message: string, field?: string) =>
    issues.push({ severity, file: context.file, path: field ? `${path}.${field}` : path, message });

  const id = toText(get('id') ?? null);
  const title = toText(get('title') ?? null);
  if (id === undefined) {
    report('error', 'product has no id (looked for id, sku, handle); skipped');
    return undefined;
  }
  if (title === undefined) report('warning', `product ${id} has an empty title`, 'title');

  const rawPrice = get('price');
  let price = toNumber(rawPrice);
  if (rawPrice !== undefined && price === undefined)
    report('error', `price "${String(rawPrice)}" is not a number`, 'price');
  if (price === undefined) {
    report('warning', `product ${id} has no price; shown as "ask staff"`, 'price');
    price = Number.NaN;
  } else if (price < 0) report('warning', `product ${id} has a negative price (${price})`, 'price');

  // Only an explicit sale price counts: a bare discount percentage (as in some API dumps) is not stated to
  // apply at the till, and the kiosk must never show a price the shelf does not.
  const salePrice = toNumber(get('salePrice'));

  const stock = toNumber(get('stock'));
  const rawAvailability = get('availability');
  const availability = parseAvailability(rawAvailability) ?? availabilityFromStock(stock);
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

  return {
    id,
    title: title ?? '',
    description: /<[a-z][\s\S]*>/i.test(description) ? htmlToText(description) : description,
    brand: toText(get('brand') ?? null),
    categoryPath: categoryPath(get('category')),
    price,
    currency: toText(get('currency') ?? null)?.toUpperCase() ?? context.currency,
    salePrice,
    variants: [],
    tags: toTextList(get('tags')),
    images: images(get('images')),
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
    attributes: leftoverAttributes(record, claimed),
  };
}
