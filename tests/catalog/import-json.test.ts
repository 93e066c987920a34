import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFormatError, catalogStats, importJsonCatalog } from '../../src/core/catalog/index.ts';

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
