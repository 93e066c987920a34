import { decodeCatalogBytes } from './encoding.ts';
import { CatalogFormatError } from './errors.ts';
import type { Json } from './field-values.ts';
import { importCsvCatalog } from './import-csv.ts';
import { importGenericJson } from './import-json.ts';
import { importJsonLd, isJsonLd } from './import-jsonld.ts';
import { importNativeCatalog, isNativeCatalog } from './import-native.ts';
import { parseJsonText } from './json-text.ts';
import { checkCatalogSize } from './limits.ts';
import type { CatalogMapping } from './mapping.ts';
import type { CatalogFormat, ImportResult } from './types.ts';

export interface ImportCatalogOptions {
  /** The file's name (or path): chooses between JSON and CSV together with the content, and heads every message. */
  file: string;
  /** Which source field feeds which product field, for generic JSON and CSV. */
  mapping?: CatalogMapping;
  /** ISO 4217 code for sources that state no currency (the default is USD). */
  currency?: string;
}

function importJsonFamily(
  text: string,
  options: ImportCatalogOptions,
): ImportResult & { format: CatalogFormat } {
  const doc = parseJsonText(text, options.file) as Json;
  const currency = options.currency ?? options.mapping?.currency;
  if (options.mapping === undefined && isNativeCatalog(doc))
    return { ...importNativeCatalog(doc, text, { file: options.file, currency }), format: 'aisle-json' };
  if (options.mapping === undefined && isJsonLd(doc))
    return { ...importJsonLd(doc, text, { file: options.file, currency }), format: 'json-ld' };
  return { ...importGenericJson(doc, text, options), format: 'generic-json' };
}

/**
 * Imports a catalog file of any supported format from its raw bytes: checks the size, detects the encoding
 * and the format, and returns the catalog with every issue found. Throws CatalogFormatError when the file
 * cannot be read as a catalog at all.
 */
export function importCatalog(bytes: Uint8Array, options: ImportCatalogOptions): ImportResult {
  const { file } = options;
  checkCatalogSize(bytes.length, file);
  const { text, encoding } = decodeCatalogBytes(bytes, file);
  const start = text.trimStart().charAt(0);
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const looksJson = start === '{' || start === '[';
  if (text.trim() === '') throw new CatalogFormatError(file, 'the file is empty');
  if (['json', 'jsonld'].includes(extension) || (looksJson && !['csv', 'tsv', 'txt'].includes(extension)))
    return { ...importJsonFamily(text, options), encoding };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (['csv', 'tsv', 'txt'].includes(extension) || /[,;\t]/.test(firstLine))
    return { ...importCsvCatalog(text, options), encoding };
  throw new CatalogFormatError(
    file,
    'not a catalog format the kiosk knows: expected JSON (.json), JSON-LD (.jsonld) or CSV (.csv)',
  );
}
