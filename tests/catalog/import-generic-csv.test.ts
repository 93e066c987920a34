import { describe, expect, it } from 'vitest';
import { formatIssue, importCatalog, parseCatalogMapping } from '../../src/core/catalog/index.ts';
import { bytes } from './files.ts';

describe('a CSV with common column names and no mapping', () => {
  const csv = [
    'SKU,Product Name,Description,Price,Sale Price,Brand,Category,Tags,Stock,Image URL,Colour,Aisle',
    'K-1,Kettle,"<p>Boils <b>fast</b>.</p>",29.99,24.99,Acme,Home > Kitchen,"steel, 1.7 l",12,kettle.jpg,Silver,4',
    'K-2,"Tea pot, large","Holds\n1.5 litres",19,,Acme,Home > Kitchen,,0,,White,',
  ].join('\n');
  const result = importCatalog(bytes(csv), { file: 'shop.csv', currency: 'EUR' });

  it('finds the columns by their names and keeps the others as attributes', () => {
    expect(result).toMatchObject({ format: 'generic-csv', issues: [] });
    expect(result.catalog.products[0]).toMatchObject({
      id: 'K-1',
      title: 'Kettle',
      description: 'Boils fast.',
      price: 29.99,
      salePrice: 24.99,
      currency: 'EUR',
      brand: 'Acme',
      categoryPath: ['Home', 'Kitchen'],
      tags: ['steel', '1.7 l'],
      stock: 12,
      availability: 'in-stock',
      images: [{ src: 'kettle.jpg', availableOffline: true }],
      attributes: { Colour: 'Silver' },
      location: { aisle: '4' },
    });
    expect(result.catalog.products[1]).toMatchObject({
      title: 'Tea pot, large',
      description: 'Holds\n1.5 litres',
      availability: 'out-of-stock',
    });
  });
});

describe('a CSV read through a mapping file', () => {
  const mapping = parseCatalogMapping(
    JSON.stringify({
      fields: { id: 'Art.-Nr.', title: 'Bezeichnung', price: 'Preis', brand: 'Marke', stock: 'Bestand' },
      currency: 'EUR',
    }),
    'mapping.json',
  );
  const csv =
    'Art.-Nr.;Bezeichnung;Preis;Marke;Bestand\n100;Wasserkocher;29.99 €;Acme;3\n101;;abc;;\n100;Doppelt;5;;\n';
  const result = importCatalog(bytes(csv), { file: 'artikel.csv', mapping });

  it('reads the named columns, and reports faults by the mapped column', () => {
    expect(
      result.catalog.products.map((p) => [p.id, p.title, p.price, p.currency, p.brand, p.stock]),
    ).toEqual([
      ['100', 'Wasserkocher', 29.99, 'EUR', 'Acme', 3],
      ['101', '', Number.NaN, 'EUR', undefined, undefined],
    ]);
    expect(result.issues.map(formatIssue)).toEqual([
      'artikel.csv:3:Preis: error: price "abc" is not a number',
      'artikel.csv:3:Bezeichnung: warning: product 101 has an empty title',
      'artikel.csv:3:Preis: warning: product 101 has no price; shown as "ask staff"',
      'artikel.csv:4: error: duplicate product id "100"; the later one is skipped',
    ]);
  });

  it('refuses a mapping that names a column the file does not have', () => {
    const wrong = parseCatalogMapping('{"fields": {"id": "Artikel"}}', 'mapping.json');
    expect(() => importCatalog(bytes(csv), { file: 'artikel.csv', mapping: wrong })).toThrow(
      'artikel.csv: the mapping file reads id from the column "Artikel", which the header does not have (columns: Art.-Nr., Bezeichnung, Preis, Marke, Bestand)',
    );
  });
});
