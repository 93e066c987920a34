import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CatalogFormatError,
  catalogStats,
  importCatalog,
  importJsonCatalog,
  parseCatalogMapping,
} from '../../src/core/catalog/index.ts';
import { bytes, sharedFile } from './files.ts';

const DEMO = readFileSync(new URL('../../public/catalog/products.json', import.meta.url), 'utf8');

function importText(text: string) {
  return importJsonCatalog(text, { file: 'catalog.json' });
}

describe('importing the demo catalog with no mapping', () => {
  const { catalog, issues } = importText(DEMO);

  it('finds all 194 products in 24 categories', () => {
    expect(catalogStats(catalog)).toMatchObject({ products: 194, categories: 24, reviews: 582 });
    expect(issues).toEqual([]);
  });

  it('maps the common fields onto the product model', () => {
    const mascara = catalog.products.find((p) => p.id === '1');
    expect(mascara).toMatchObject({
      title: 'Essence Mascara Lash Princess',
      brand: 'Essence',
      categoryPath: ['Beauty'],
      price: 9.99,
      currency: 'USD',
      availability: 'in-stock',
      stock: 99,
      sku: 'BEA-ESS-ESS-001',
      barcode: '5784719087687',
      rating: { average: 2.56, count: 3 },
      policies: { warranty: '1 week warranty', returns: 'No return policy' },
    });
    expect(mascara?.attributes).toMatchObject({
      Width: '15.14',
      Weight: '4',
      'Minimum Order Quantity': '48',
    });
    expect(mascara?.reviews[0]).toEqual({
      rating: 3,
      text: 'Would not recommend!',
      author: 'Eleanor Collins',
      date: '2025-04-30T09:41:02.053Z',
    });
  });

  it('keeps remote images but marks them unavailable offline, and keeps no reviewer e-mail', () => {
    const first = catalog.products[0];
    expect(first?.images.length).toBeGreaterThan(0);
    expect(first?.images.every((image) => !image.availableOffline)).toBe(true);
    expect(JSON.stringify(catalog)).not.toContain('@x.dummyjson.com');
  });

  it('does not turn a bare discount percentage into a sale price', () => {
    expect(catalog.products.every((p) => p.salePrice === undefined)).toBe(true);
  });
});

describe('faulty catalog files', () => {
  const fault = (text: string): CatalogFormatError => {
    try {
      importText(text);
    } catch (error) {
      if (error instanceof CatalogFormatError) return error;
      throw error;
    }
    throw new Error('expected the import to fail');
  };

  it('names the line and column of a syntax error', () => {
    const error = fault('{\n  "products": [\n    {"id": 1, "title": "x",}\n  ]\n}');
    expect(error.message).toBe(
      'catalog.json:3:28: not valid JSON: expected a property name in double quotes',
    );
    expect([error.line, error.column]).toEqual([3, 28]);
  });

  it('says a truncated file ends too early', () => {
    expect(fault(DEMO.slice(0, 5000)).message).toMatch(
      /^catalog\.json:\d+:\d+: not valid JSON: the file ends too early/,
    );
  });

  it('recognises binary junk', () => {
    expect(fault('\u0000\u0001PK\u0003').message).toBe(
      'catalog.json:1:1: this is a binary file, not a JSON text file',
    );
  });

  it('refuses a document with no product list', () => {
    expect(fault('{"name": "shop"}').message).toContain('no product list found');
  });

  it('refuses an empty file', () => {
    expect(fault('  \n').message).toBe('catalog.json: the file is empty');
  });
});

describe('validation that loses nothing silently', () => {
  it('reports duplicate ids, missing ids, bad prices and non-objects with their place', () => {
    const { catalog, issues } = importText(
      JSON.stringify({
        products: [
          { id: 'a', title: 'Kettle', price: 20 },
          { id: 'a', title: 'Kettle again', price: 21 },
          { title: 'No id', price: 3 },
          { id: 'b', title: 'Mug', price: 'cheap' },
          { id: 'c', title: '', price: -1 },
          'oops',
        ],
      }),
    );
    expect(catalog.products.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(issues.map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([
      'error products[1]: duplicate product id "a"; the later one is skipped',
      'error products[2]: product has no id (looked for id, sku, handle); skipped',
      'error products[3].price: price "cheap" is not a number',
      'warning products[3].price: product b has no price; shown as "ask staff"',
      'warning products[4].title: product c has an empty title',
      'warning products[4].price: product c has a negative price (-1)',
      'error products[5]: expected a product object, found string; skipped',
    ]);
  });

  it('reads HTML descriptions as plain text and category paths with separators', () => {
    const { catalog } = importText(
      JSON.stringify([
        {
          sku: 'K1',
          name: 'Kettle',
          body_html: '<p>Boils <b>fast</b> &amp; quietly.</p><ul><li>1.7 l</li></ul>',
          price: '1,299.00',
          category: 'Home > Kitchen',
          vendor: 'Acme',
        },
      ]),
    );
    expect(catalog.products[0]).toMatchObject({
      id: 'K1',
      description: 'Boils fast & quietly.\n• 1.7 l',
      price: 1299,
      categoryPath: ['Home', 'Kitchen'],
      brand: 'Acme',
    });
  });
});

describe('the DummyJSON catalog in ../shared, through importCatalog', () => {
  it('imports with no mapping: 194 products, 24 categories, 582 reviews, no issues', () => {
    const result = importCatalog(sharedFile('catalogs/dummyjson/products.json'), { file: 'products.json' });
    expect(result).toMatchObject({ format: 'generic-json', encoding: 'utf-8', issues: [] });
    expect(catalogStats(result.catalog)).toMatchObject({
      products: 194,
      categories: 24,
      brands: 63,
      reviews: 582,
    });
    expect(result.catalog).toEqual(importText(DEMO).catalog);
  });
});

describe('generic JSON with a mapping file', () => {
  const mapping = parseCatalogMapping(
    JSON.stringify({
      products: 'response.items',
      fields: {
        id: 'ref',
        title: 'productName',
        price: 'pricing.amount',
        salePrice: 'pricing.offer',
        brand: 'maker.name',
      },
      currency: 'eur',
    }),
    'mapping.json',
  );
  const doc = {
    response: {
      items: [
        {
          ref: 'A1',
          productName: 'Kettle',
          pricing: { amount: 30, offer: 25, tax: '19%' },
          maker: { name: 'Acme' },
        },
        { ref: 'A2', productName: 'Mug', pricing: { amount: 'n/a' } },
      ],
    },
  };
  const result = importCatalog(bytes(JSON.stringify(doc, null, 1)), { file: 'feed.json', mapping });

  it('reads the fields from the dotted paths, and keeps unmapped facts as attributes', () => {
    expect(result.catalog.products[0]).toMatchObject({
      id: 'A1',
      title: 'Kettle',
      price: 30,
      salePrice: 25,
      currency: 'EUR',
      brand: 'Acme',
      attributes: { Tax: '19%' },
    });
  });

  it('reports faults at the mapped path', () => {
    expect(result.issues.map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
      '20 response.items[1].pricing.amount: price "n/a" is not a number',
      '20 response.items[1].pricing.amount: product A2 has no price; shown as "ask staff"',
    ]);
  });

  it('refuses a mapping file with an unknown field or a bad currency', () => {
    expect(() => parseCatalogMapping('{"fields": {"titel": "name"}}', 'm.json')).toThrow(
      /^m\.json: mapping file: unknown product field "titel" in "fields"; known fields: id, title, description,/,
    );
    expect(() => parseCatalogMapping('{"currency": "euro"}', 'm.json')).toThrow(
      'm.json: mapping file: "currency" must be a three-letter ISO 4217 code such as "EUR"',
    );
    expect(() =>
      importCatalog(bytes('{"data": []}'), { file: 'feed.json', mapping: { fields: {}, products: 'items' } }),
    ).toThrow('feed.json: no product array at "items", where the mapping file says');
  });
});
