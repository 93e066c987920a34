import { parseCsv } from './csv-parse.ts';
import { CatalogFormatError } from './errors.ts';
import { importGenericCsvRows } from './import-generic-csv.ts';
import { ImportLog } from './import-log.ts';
import { importShopifyRows, isShopifyHeader } from './import-shopify.ts';
import { importWooCommerceRows, isWooCommerceHeader } from './import-woocommerce.ts';
import type { ImportOptions } from './import-json.ts';
import { ProductList } from './product-list.ts';
import { defaultStore } from './store-profile.ts';
import type { CatalogFormat, ImportResult } from './types.ts';

/** Imports a product CSV, telling Shopify and WooCommerce exports from other tables by their header. */
export function importCsvCatalog(
  text: string,
  options: ImportOptions,
): ImportResult & { format: CatalogFormat } {
  const table = parseCsv(text, options.file);
  if (table.header.length === 0) throw new CatalogFormatError(options.file, 'the file is empty');
  if (table.records.length === 0)
    throw new CatalogFormatError(options.file, 'the file has a header row but no product rows', {
      line: 1,
      column: 1,
    });
  const log = new ImportLog(options.file);
  log.issues.push(...table.issues);
  const store = defaultStore({ ...options, currency: options.currency ?? options.mapping?.currency });
  const products = new ProductList(log);

  let format: CatalogFormat;
  if (options.mapping === undefined && isShopifyHeader(table.header)) {
    format = 'shopify-csv';
    importShopifyRows(table, store.currency, log, products);
  } else if (options.mapping === undefined && isWooCommerceHeader(table.header)) {
    format = 'woocommerce-csv';
    importWooCommerceRows(table, store.currency, log, products);
  } else {
    format = 'generic-csv';
    importGenericCsvRows(table, { currency: store.currency, mapping: options.mapping }, log, products);
  }
  if (products.products.length === 0)
    throw new CatalogFormatError(options.file, 'the file holds no usable product');
  const issues = log.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { catalog: { store, products: products.finish() }, issues, format };
}
