import { CatalogFormatError } from './errors.ts';
import { isObject, type Json, type JsonObject } from './field-values.ts';
import { parseJsonText } from './json-text.ts';

/** Common source field names per product field, in order of preference; a mapping file overrides them. */
export const FIELD_ALIASES = {
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

export type MappableField = keyof typeof FIELD_ALIASES;

const FIELDS = Object.keys(FIELD_ALIASES) as MappableField[];
const isMappable = (name: string): name is MappableField => (FIELDS as string[]).includes(name);

/** A mapping file: which source field feeds which product field. See docs/catalog.md. */
export interface CatalogMapping {
  /** Product field to source field: a dotted path in JSON ("pricing.amount"), a column header in CSV. */
  fields: Partial<Record<MappableField, string>>;
  /** ISO 4217 code for sources that state no currency. */
  currency?: string;
  /** Where the product list sits in a JSON document, as a dotted path ("data.items"). */
  products?: string;
}

/** Reads and checks a mapping file; any fault is fatal, since every product would be read wrongly. */
export function parseCatalogMapping(text: string, file: string): CatalogMapping {
  const doc = parseJsonText(text, file) as Json;
  const fail = (reason: string): never => {
    throw new CatalogFormatError(file, `mapping file: ${reason}`);
  };
  if (!isObject(doc)) return fail('expected an object such as {"fields": {"title": "productName"}}');
  const mapping: CatalogMapping = { fields: {} };
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'fields') {
      if (!isObject(value)) return fail('"fields" must be an object of product field to source field');
      for (const [field, source] of Object.entries(value)) {
        if (!isMappable(field))
          return fail(`unknown product field "${field}" in "fields"; known fields: ${FIELDS.join(', ')}`);
        if (typeof source !== 'string' || source.trim() === '')
          return fail(`"fields.${field}" must be a source field name (a non-empty string)`);
        mapping.fields[field] = source;
      }
    } else if (key === 'currency') {
      if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value))
        return fail('"currency" must be a three-letter ISO 4217 code such as "EUR"');
      mapping.currency = value.toUpperCase();
    } else if (key === 'products') {
      if (typeof value !== 'string') return fail('"products" must be a dotted path such as "data.items"');
      mapping.products = value;
    } else return fail(`unknown key "${key}"; expected "fields", "currency" or "products"`);
  }
  return mapping;
}

/** A value by exact key (CSV headers may hold dots), else by dotted path with numeric array indexes. */
export function valueAt(record: JsonObject, path: string): Json | undefined {
  if (path in record) return record[path];
  let current: Json | undefined = record;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}
