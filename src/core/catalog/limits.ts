import { CatalogFormatError } from './errors.ts';

/** Beyond these a kiosk import would stall the device; the staff split the file instead. */
export const MAX_CATALOG_BYTES = 50 * 1024 * 1024;
export const MAX_CATALOG_PRODUCTS = 100_000;

const count = (n: number) => n.toLocaleString('en-US');

/** Refuses a file by its size alone, before anything is decoded. */
export function checkCatalogSize(bytes: number, file: string): void {
  if (bytes > MAX_CATALOG_BYTES)
    throw new CatalogFormatError(
      file,
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the kiosk imports at most 50 MB: split the catalog into smaller files`,
    );
}

export function checkProductCount(products: number, file: string): void {
  if (products > MAX_CATALOG_PRODUCTS)
    throw new CatalogFormatError(
      file,
      `the file holds ${count(products)} products; the kiosk imports at most ${count(MAX_CATALOG_PRODUCTS)}: split the catalog into smaller files`,
    );
}
