/** WooCommerce's product CSV export: simple, variable (with variation rows), grouped and external products. */
import { mergeAttributes } from './attributes.ts';
import { availabilityFromStock, combinedAvailability } from './availability.ts';
import { recordReaders, type Cell } from './csv-cells.ts';
import { cellReader, type CsvRecord, type CsvTable } from './csv-parse.ts';
import { descriptionSpecs } from './description-specs.ts';
import { toNumber, toTextList } from './field-values.ts';
import { imageList } from './generic-json.ts';
import type { ImportLog, SourcePlace } from './import-log.ts';
import { cheapestOf, fromRegularAndSale, type Prices } from './pricing.ts';
import type { ProductList } from './product-list.ts';
import { htmlToText } from './text.ts';
import type { Availability, Product, Variant } from './types.ts';

export function isWooCommerceHeader(header: string[]): boolean {
  return header.includes('Type') && header.includes('Name') && header.includes('Regular price');
}

const PRODUCT_TYPES = new Set(['simple', 'variable', 'grouped', 'external']);
const DIMENSION = /^(Weight|Length|Width|Height) \((\w+)\)$/;

/** WooCommerce writes line breaks inside descriptions as a literal "\n". */
const withLineBreaks = (value: string) => value.replace(/\\n/g, '\n');

function plainText(value: string): string {
  const text = withLineBreaks(value);
  return /<[a-z][\s\S]*>/i.test(text) ? htmlToText(text) : text.trim();
}

/** "Clothing > Tshirts, Music": paths separated by commas (a literal comma is written "\,"). */
function categoryPaths(value: string): string[][] {
  return value
    .split(/(?<!\\),/)
    .map((path) =>
      path
        .replace(/\\,/g, ',')
        .split('>')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .filter((path) => path.length > 0);
}

/** "Attribute 1 name" / "Attribute 1 value(s)" pairs, for as many as the header has. */
function attributePairs(header: string[], record: CsvRecord, cell: Cell): [string, string][] {
  const pairs: [string, string][] = [];
  for (const column of header) {
    const match = /^Attribute (\d+) name$/.exec(column);
    if (!match) continue;
    const name = cell(record, column);
    const value = cell(record, `Attribute ${match[1]} value(s)`);
    if (name !== '' && value !== '') pairs.push([name, value]);
  }
  return pairs;
}

interface Row {
  record: CsvRecord;
  types: string[];
  prices: Prices;
  availability: Availability;
  stock?: number;
}

function readRow(record: CsvRecord, cell: Cell, log: ImportLog): Row {
  const { at, number } = recordReaders(record, cell, log);
  const prices = fromRegularAndSale(number('Regular price'), number('Sale price'), (message) =>
    log.warning(message, at('Sale price')),
  );
  const starts = cell(record, 'Date sale price starts');
  const ends = cell(record, 'Date sale price ends');
  if (prices.salePrice !== undefined && (starts !== '' || ends !== ''))
    log.warning(
      `the sale runs ${starts || '…'} to ${ends || '…'}, but the kiosk shows the sale price at all times`,
      at(ends !== '' ? 'Date sale price ends' : 'Date sale price starts'),
    );
  const stock = number('Stock');
  const inStock = cell(record, 'In stock?').toLowerCase();
  const availability: Availability =
    inStock === '0'
      ? 'out-of-stock'
      : inStock === 'backorder' || inStock === 'onbackorder'
        ? 'preorder'
        : stock !== undefined
          ? availabilityFromStock(stock)
          : inStock === '1'
            ? 'in-stock'
            : 'unknown';
  const types = cell(record, 'Type')
    .toLowerCase()
    .split(',')
    .map((t) => t.trim());
  return { record, types, prices, availability, stock };
}

export function importWooCommerceRows(
  table: CsvTable,
  currency: string,
  log: ImportLog,
  products: ProductList,
) {
  const cell = cellReader(table.header);
  const rows = table.records.map((record) => readRow(record, cell, log));
  // Variations and grouped products name other rows by SKU or by "id:<ID>".
  const byReference = new Map<string, Row>();
  for (const row of rows) {
    const sku = cell(row.record, 'SKU');
    const id = cell(row.record, 'ID');
    if (sku !== '') byReference.set(sku, row);
    if (id !== '') byReference.set(`id:${id}`, row);
  }
  const variationsOf = new Map<Row, Row[]>();
  for (const row of rows) {
    if (!row.types.includes('variation')) continue;
    const parentRef = cell(row.record, 'Parent');
    const parent = byReference.get(parentRef);
    if (parent === undefined || !parent.types.includes('variable')) {
      log.error(
        parentRef === ''
          ? 'the variation names no parent product; skipped'
          : `the variation's parent "${parentRef}" is not a variable product in this file; skipped`,
        { line: row.record.line, column: 'Parent' },
      );
      continue;
    }
    variationsOf.set(parent, [...(variationsOf.get(parent) ?? []), row]);
  }

  const toVariant = (row: Row): Variant => {
    const options = Object.fromEntries(attributePairs(table.header, row.record, cell));
    const values = Object.values(options);
    return {
      sku: cell(row.record, 'SKU'),
      title: values.length > 0 ? values.join(' / ') : cell(row.record, 'Name'),
      options,
      ...row.prices,
      stock: row.stock,
      availability: row.availability,
    };
  };

  for (const row of rows) {
    if (row.types.includes('variation')) continue;
    const { record } = row;
    const at = (column: string): SourcePlace => ({ line: record.line, column });
    if (!row.types.some((t) => PRODUCT_TYPES.has(t))) {
      log.error(`unknown product type "${cell(record, 'Type')}"; skipped`, at('Type'));
      continue;
    }
    const id = cell(record, 'ID') || cell(record, 'SKU');
    if (id === '') {
      log.error('the product has neither ID nor SKU; skipped', at('ID'));
      continue;
    }
    const published = cell(record, 'Published');
    if (published === '0' || published === '-1')
      log.warning(
        `product ${id} is ${published === '0' ? 'private' : 'a draft'} in WooCommerce; imported anyway`,
        at('Published'),
      );

    const variations = (variationsOf.get(row) ?? []).map(toVariant);
    const members = row.types.includes('grouped')
      ? toTextList(cell(record, 'Grouped products')).flatMap((ref) => {
          const member = byReference.get(ref);
          if (member) return [member];
          log.warning(
            `grouped product ${id} lists "${ref}", which is not in this file`,
            at('Grouped products'),
          );
          return [];
        })
      : [];
    // A variable or grouped product has no price of its own: it sells from its cheapest option.
    const prices =
      variations.length > 0
        ? cheapestOf(variations)
        : members.length > 0
          ? cheapestOf(members.map((m) => m.prices))
          : row.prices;

    const attributes: Record<string, string> = {};
    for (const [name, value] of attributePairs(table.header, record, cell)) attributes[name] = value;
    for (const column of table.header) {
      const match = DIMENSION.exec(column);
      const amount = toNumber(cell(record, column));
      if (match?.[1] && amount !== undefined && amount > 0)
        attributes[match[1]] = `${amount} ${match[2] ?? ''}`.trim();
    }
    if (members.length > 0) attributes.Includes = members.map((m) => cell(m.record, 'Name')).join(', ');

    const [category = [], ...otherCategories] = categoryPaths(cell(record, 'Categories'));
    const descriptions = [cell(record, 'Short description'), cell(record, 'Description')];
    const [short, long] = descriptions.map(plainText);
    const product: Product = {
      id,
      title: cell(record, 'Name'),
      description: [short, long].filter(Boolean).join('\n\n'),
      brand: cell(record, 'Brands') || undefined,
      categoryPath: category,
      price: prices.price,
      currency,
      salePrice: prices.salePrice,
      variants: variations,
      // The Attribute columns win over a spec sheet written in the descriptions.
      attributes: mergeAttributes(
        attributes,
        ...descriptions.map((text) => descriptionSpecs(withLineBreaks(text))),
      ),
      tags: [
        ...toTextList(cell(record, 'Tags')),
        ...otherCategories.map((path) => path[path.length - 1] ?? ''),
      ],
      images: imageList(cell(record, 'Images') || undefined),
      availability:
        variations.length > 0
          ? combinedAvailability(variations.map((v) => v.availability))
          : row.availability,
      stock: row.stock,
      reviews: [],
      faq: [],
      sku: cell(record, 'SKU') || undefined,
      policies: {},
    };
    products.add(product, { product: at('ID'), title: at('Name'), price: at('Regular price') });
  }
}
