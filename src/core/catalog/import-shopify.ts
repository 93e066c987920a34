/** Shopify's product CSV export: one row per variant or image, grouped into products by Handle. */
import { mergeAttributes } from './attributes.ts';
import { availabilityFromStock, combinedAvailability } from './availability.ts';
import { readBarcode } from './barcode.ts';
import { recordReaders, type Cell } from './csv-cells.ts';
import { cellReader, type CsvRecord, type CsvTable } from './csv-parse.ts';
import { descriptionSpecs } from './description-specs.ts';
import { toNumber, toTextList } from './field-values.ts';
import type { ImportLog } from './import-log.ts';
import { cheapestOf, fromCompareAt } from './pricing.ts';
import type { ProductList } from './product-list.ts';
import { htmlToText, humanize, staysOnOrigin } from './text.ts';
import type { Availability, Product, ProductImage, Variant } from './types.ts';

export function isShopifyHeader(header: string[]): boolean {
  return header.includes('Handle') && (header.includes('Variant Price') || header.includes('Body (HTML)'));
}

const OPTIONS = [1, 2, 3] as const;

/**
 * Newer exports have a column per product metafield: "Material (product.metafields.custom.material)", or
 * the bare "product.metafields.custom.material" for a metafield that has no name.
 */
const METAFIELD = /^(?:(.*?)\s*\()?product\.metafields\.[^.()\s]+\.([^.()\s]+)\)?$/;

/** The non-empty metafield columns, named by their label (the part before the parenthesis). */
function metafieldAttributes(header: string[], value: (column: string) => string): [string, string][] {
  return header.flatMap((column): [string, string][] => {
    const match = METAFIELD.exec(column);
    const text = match ? value(column) : '';
    return match && text !== '' ? [[match[1] || humanize(match[2] ?? ''), text]] : [];
  });
}

/** Rows of each Handle, in the order the handles first appear. */
function groupByHandle(table: CsvTable, cell: Cell, log: ImportLog): Map<string, CsvRecord[]> {
  const groups = new Map<string, CsvRecord[]>();
  for (const record of table.records) {
    const handle = cell(record, 'Handle');
    if (handle === '') {
      log.error('the row has no Handle, so it belongs to no product; skipped', {
        line: record.line,
        column: 'Handle',
      });
      continue;
    }
    const rows = groups.get(handle);
    if (rows) rows.push(record);
    else groups.set(handle, [record]);
  }
  return groups;
}

interface VariantRow {
  variant: Variant;
  line: number;
  grams?: number;
}

function readVariant(record: CsvRecord, optionNames: string[], cell: Cell, log: ImportLog): VariantRow {
  const { at, number } = recordReaders(record, cell, log);
  const prices = fromCompareAt(number('Variant Price'), number('Variant Compare At Price'), (message) =>
    log.warning(message, at('Variant Compare At Price')),
  );
  const stock = number('Variant Inventory Qty');
  // "continue" lets the shop sell past zero: the shopper can order it.
  const availability: Availability =
    cell(record, 'Variant Inventory Policy') === 'continue' && (stock ?? 0) <= 0
      ? 'preorder'
      : availabilityFromStock(stock);
  const options: Record<string, string> = {};
  optionNames.forEach((name, i) => {
    const value = cell(record, `Option${OPTIONS[i] ?? 1} Value`);
    if (name !== '' && value !== '') options[name] = value;
  });
  const variant: Variant = {
    sku: cell(record, 'Variant SKU'),
    title: Object.values(options).join(' / '),
    options,
    ...prices,
    stock,
    availability,
    barcode: readBarcode(cell(record, 'Variant Barcode'), log, at('Variant Barcode')),
  };
  return { variant, line: record.line, grams: toNumber(cell(record, 'Variant Grams')) };
}

function readImages(rows: CsvRecord[], cell: Cell): ProductImage[] {
  const images = new Map<string, ProductImage>();
  for (const record of rows)
    for (const column of ['Image Src', 'Variant Image']) {
      const src = cell(record, column);
      if (src === '' || images.has(src)) continue;
      const alt = column === 'Image Src' ? cell(record, 'Image Alt Text') : '';
      images.set(src, { src, availableOffline: staysOnOrigin(src), ...(alt ? { alt } : {}) });
    }
  return [...images.values()];
}

function productFrom(
  handle: string,
  rows: CsvRecord[],
  table: CsvTable,
  cell: Cell,
  log: ImportLog,
  currency: string,
) {
  const [first] = rows;
  if (first === undefined) return undefined;
  // Product-level columns sit on the handle's first row; later rows leave them empty.
  const value = (column: string) => rows.map((r) => cell(r, column)).find((v) => v !== '') ?? '';
  const optionNames = OPTIONS.map((n) => cell(first, `Option${n} Name`));
  const isVariantRow = (r: CsvRecord) =>
    ['Option1 Value', 'Variant SKU', 'Variant Price'].some((column) => cell(r, column) !== '');
  const variantRows = rows.filter(isVariantRow).map((r) => readVariant(r, optionNames, cell, log));
  const variants = variantRows.map((row) => row.variant);
  const single =
    variants.length <= 1 && (optionNames[0] === 'Title' || cell(first, 'Option1 Value') === 'Default Title');

  const status = value('Status').toLowerCase();
  if (status === 'draft' || status === 'archived')
    log.warning(`product ${handle} is ${status} in Shopify, so not on sale online; imported anyway`, {
      line: first.line,
      column: 'Status',
    });

  const taxonomy = value('Product Category');
  const type = value('Type');
  const grams = new Set(variantRows.map((v) => v.grams));
  const [weight] = grams.size === 1 ? [...grams] : [];
  const attributes: Record<string, string> = {};
  if (taxonomy !== '' && type !== '') attributes.Type = type;
  if (weight !== undefined && weight > 0) attributes.Weight = `${weight} g`;
  const body = value('Body (HTML)');

  const main = single ? variants[0] : undefined;
  const prices = main ?? cheapestOf(variants);
  const stocks = variants.map((v) => v.stock);
  const product: Product = {
    id: handle,
    title: value('Title'),
    description: htmlToText(body),
    brand: value('Vendor') || undefined,
    categoryPath: (taxonomy || type).split(/\s*>\s*/).filter(Boolean),
    price: prices.price,
    currency,
    salePrice: prices.salePrice,
    variants: single ? [] : variants,
    // Columns first, then metafields, then the spec sheet in the body: the first source of a name wins.
    attributes: mergeAttributes(attributes, metafieldAttributes(table.header, value), descriptionSpecs(body)),
    tags: toTextList(value('Tags')),
    images: readImages(rows, cell),
    availability: main?.availability ?? combinedAvailability(variants.map((v) => v.availability)),
    stock:
      stocks.every((s) => s !== undefined) && stocks.length > 0
        ? stocks.reduce((a, b) => a + b, 0)
        : undefined,
    reviews: [],
    faq: [],
    barcode: main?.barcode,
    sku: main?.sku || undefined,
    policies: {},
  };
  return {
    product,
    places: {
      product: { line: first.line, column: 'Handle' },
      title: { line: first.line, column: 'Title' },
      price: { line: variantRows[0]?.line ?? first.line, column: 'Variant Price' },
    },
  };
}

export function importShopifyRows(table: CsvTable, currency: string, log: ImportLog, products: ProductList) {
  const cell = cellReader(table.header);
  for (const [handle, rows] of groupByHandle(table, cell, log)) {
    const mapped = productFrom(handle, rows, table, cell, log, currency);
    if (mapped) products.add(mapped.product, mapped.places);
  }
}
