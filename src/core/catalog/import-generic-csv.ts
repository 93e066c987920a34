/** Any other product CSV: one row per product, columns found by common names or named in a mapping file. */
import { columnIndex, type CsvTable } from './csv-parse.ts';
import { CatalogFormatError } from './errors.ts';
import type { JsonObject } from './field-values.ts';
import { mapGenericProduct } from './generic-json.ts';
import type { ImportLog } from './import-log.ts';
import { checkProductCount } from './limits.ts';
import { FIELD_ALIASES, type CatalogMapping } from './mapping.ts';
import type { ProductList } from './product-list.ts';

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Faults that would spoil every row are refused up front, with what to change. */
function checkColumns(table: CsvTable, file: string, mapping?: CatalogMapping): void {
  const columns = new Set(table.header);
  for (const [field, column] of Object.entries(mapping?.fields ?? {}))
    if (!columns.has(column))
      throw new CatalogFormatError(
        file,
        `the mapping file reads ${field} from the column "${column}", which the header does not have (columns: ${table.header.join(', ')})`,
      );
  const idNames = new Set(FIELD_ALIASES.id.map(normalise));
  if (mapping?.fields.id === undefined && !table.header.some((name) => idNames.has(normalise(name))))
    throw new CatalogFormatError(
      file,
      `no id column: expected one named id, sku or handle, or a mapping file with "fields": {"id": "<column>"} (columns: ${table.header.join(', ')})`,
      { line: 1, column: 1 },
    );
}

export function importGenericCsvRows(
  table: CsvTable,
  options: { currency: string; mapping?: CatalogMapping },
  log: ImportLog,
  products: ProductList,
) {
  checkColumns(table, log.file, options.mapping);
  // One row is one product, so an oversized file is refused before any row is read.
  checkProductCount(table.records.length, log.file);
  const index = [...columnIndex(table.header)];
  for (const record of table.records) {
    const row: JsonObject = {};
    for (const [name, i] of index) row[name] = record.cells[i] ?? '';
    const mapped = mapGenericProduct(
      row,
      {
        currency: options.currency,
        mapping: options.mapping,
        place: (column?: string) => ({ line: record.line, ...(column === undefined ? {} : { column }) }),
      },
      log,
    );
    if (mapped) products.add(mapped.product, mapped.places);
  }
}
