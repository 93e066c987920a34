import { CatalogFormatError } from './errors.ts';
import { isObject, type Json } from './field-values.ts';
import { mapGenericProduct } from './generic-json.ts';
import { parseJsonText } from './json-text.ts';
import type { ImportIssue, ImportResult, Product, StoreProfile } from './types.ts';

export interface ImportOptions {
  /** Shown in every message, so staff know which file is meant. */
  file: string;
  /** Currency for sources that state none. */
  currency?: string;
  store?: Partial<StoreProfile>;
}

const PRODUCT_LIST_KEYS = ['products', 'items', 'data', 'results', 'catalog'];

/** Finds the product array: the document itself, or the array under a well-known (or the only) key. */
function locateProducts(doc: Json, file: string): { list: Json[]; basePath: string } {
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

function defaultStore(options: ImportOptions): StoreProfile {
  return {
    name: 'Our store',
    currency: options.currency ?? 'USD',
    locale: 'en-US',
    faq: [],
    ...options.store,
  };
}

/** Imports a JSON catalog whose product objects use common field names. Throws CatalogFormatError when unreadable. */
export function importJsonCatalog(text: string, options: ImportOptions): ImportResult {
  const doc = parseJsonText(text, options.file) as Json;
  const { list, basePath } = locateProducts(doc, options.file);
  const store = defaultStore(options);
  const issues: ImportIssue[] = [];
  const products: Product[] = [];
  const seen = new Set<string>();

  list.forEach((item, index) => {
    if (!isObject(item)) {
      issues.push({
        severity: 'error',
        file: options.file,
        path: `${basePath}[${index}]`,
        message: `expected a product object, found ${Array.isArray(item) ? 'an array' : typeof item}; skipped`,
      });
      return;
    }
    const product = mapGenericProduct(
      item,
      index,
      { file: options.file, basePath, currency: store.currency },
      issues,
    );
    if (!product) return;
    if (seen.has(product.id)) {
      issues.push({
        severity: 'error',
        file: options.file,
        path: `${basePath}[${index}]`,
        message: `duplicate product id "${product.id}"; the later one is skipped`,
      });
      return;
    }
    seen.add(product.id);
    products.push(product);
  });

  if (products.length === 0) throw new CatalogFormatError(options.file, 'the file holds no usable product');
  return { catalog: { store, products }, issues };
}
