import { CatalogFormatError } from './errors.ts';
import { isObject, type Json } from './field-values.ts';
import { mapGenericProduct } from './generic-json.ts';
import { ImportLog } from './import-log.ts';
import { childPath, placeJsonIssues } from './json-places.ts';
import { parseJsonText } from './json-text.ts';
import { valueAt, type CatalogMapping } from './mapping.ts';
import { ProductList } from './product-list.ts';
import { defaultStore } from './store-profile.ts';
import type { ImportResult, StoreProfile } from './types.ts';

export interface ImportOptions {
  /** Shown in every message, so staff know which file is meant. */
  file: string;
  /** Currency for sources that state none. */
  currency?: string;
  store?: Partial<StoreProfile>;
  mapping?: CatalogMapping;
}

const PRODUCT_LIST_KEYS = ['products', 'items', 'data', 'results', 'catalog'];

/** Finds the product array: the mapped path, the document itself, or the array under a well-known (or the only) key. */
function locateProducts(
  doc: Json,
  file: string,
  mapping?: CatalogMapping,
): { list: Json[]; basePath: string } {
  if (mapping?.products !== undefined) {
    const list = isObject(doc) ? valueAt(doc, mapping.products) : undefined;
    if (Array.isArray(list)) return { list, basePath: mapping.products };
    throw new CatalogFormatError(
      file,
      `no product array at "${mapping.products}", where the mapping file says`,
    );
  }
  if (Array.isArray(doc)) return { list: doc, basePath: '' };
  if (isObject(doc)) {
    for (const key of PRODUCT_LIST_KEYS) {
      const value = doc[key];
      if (Array.isArray(value)) return { list: value, basePath: key };
    }
    const arrays = Object.entries(doc).filter(([, v]) => Array.isArray(v) && v.some(isObject));
    const only = arrays.length === 1 ? arrays[0] : undefined;
    if (only && Array.isArray(only[1])) return { list: only[1], basePath: only[0] };
  }
  throw new CatalogFormatError(
    file,
    'no product list found: expected an array of products, or an object with a "products" array',
  );
}

/** Imports a parsed JSON document whose product objects use common (or mapped) field names. */
export function importGenericJson(doc: Json, text: string, options: ImportOptions): ImportResult {
  const { list, basePath } = locateProducts(doc, options.file, options.mapping);
  const store = defaultStore({ ...options, currency: options.currency ?? options.mapping?.currency });
  const log = new ImportLog(options.file);
  const products = new ProductList(log);

  list.forEach((item, index) => {
    const path = childPath(basePath, index);
    if (!isObject(item)) {
      const found = item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item;
      log.error(`expected a product object, found ${found}; skipped`, { path });
      return;
    }
    const context = {
      currency: store.currency,
      mapping: options.mapping,
      place: (key?: string) => ({ path: key === undefined ? path : childPath(path, key) }),
    };
    const mapped = mapGenericProduct(item, context, log);
    if (mapped) products.add(mapped.product, mapped.places);
  });

  if (products.products.length === 0)
    throw new CatalogFormatError(options.file, 'the file holds no usable product');
  const result = { catalog: { store, products: products.finish() }, issues: log.issues };
  placeJsonIssues(text, result.issues);
  return result;
}

/** Imports a JSON catalog whose product objects use common field names. Throws CatalogFormatError when unreadable. */
export function importJsonCatalog(text: string, options: ImportOptions): ImportResult {
  return importGenericJson(parseJsonText(text, options.file) as Json, text, options);
}
