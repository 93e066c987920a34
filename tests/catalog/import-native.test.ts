import { describe, expect, it } from 'vitest';
import { formatIssue, importCatalog, nativeCatalogJson } from '../../src/core/catalog/index.ts';
import { bytes, sharedFile } from './files.ts';

const importText = (text: string) => importCatalog(bytes(text), { file: 'catalog.json' });
const native = (
  products: unknown[],
  store: unknown = { name: 'Corner Shop', currency: 'EUR', locale: 'de-DE' },
) => JSON.stringify({ format: 'aisle-catalog', version: 1, store, products }, null, 2);

describe('the native aisle-catalog format', () => {
  it('round-trips an imported catalog exactly, variants, sale prices and missing prices included', () => {
    const file = 'sample_products.csv';
    const woo = importCatalog(sharedFile(`csv-formats/woocommerce/${file}`), { file });
    const shopify = importCatalog(bytes('Handle,Title,Variant Price\nmystery,Mystery box,\n'), {
      file: 'shop.csv',
    });
    for (const source of [woo, shopify]) {
      const again = importText(nativeCatalogJson(source.catalog));
      expect(again.format).toBe('aisle-json');
      expect(again.catalog).toEqual(source.catalog);
    }
  });

  it('reads the store profile', () => {
    const result = importText(
      native([{ id: 'a', title: 'Kettle', price: 20 }], {
        name: 'Corner Shop',
        currency: 'EUR',
        locale: 'de-DE',
        openingHours: 'Mo-Sa 9-18',
        faq: [{ question: 'Parking?', answer: 'Behind the shop.' }],
      }),
    );
    expect(result.issues).toEqual([]);
    expect(result.catalog.store).toEqual({
      name: 'Corner Shop',
      currency: 'EUR',
      locale: 'de-DE',
      openingHours: 'Mo-Sa 9-18',
      returnPolicy: undefined,
      warrantyPolicy: undefined,
      faq: [{ question: 'Parking?', answer: 'Behind the shop.' }],
    });
    expect(result.catalog.products[0]).toMatchObject({
      currency: 'EUR',
      availability: 'unknown',
      variants: [],
    });
  });

  it('checks types strictly and reports each fault at its path and line', () => {
    const result = importText(
      native([
        { id: 'a', title: 'Kettle', price: '20', tags: ['steel', 7], stock: 2.5, colour: 'red' },
        { id: 7, title: 'Mug', price: 3 },
        {
          id: 'b',
          title: 'Tea',
          price: 4,
          salePrice: 5,
          availability: 'maybe',
          variants: [{ sku: 'b-1', options: { Size: ['S'] }, price: 4 }, 'x'],
          reviews: [{ text: 'nice' }],
        },
      ]),
    );
    expect(result.issues.map(formatIssue)).toEqual([
      'catalog.json:19:7: warning: unknown field "colour" is not part of the aisle-catalog format; ignored',
      'catalog.json:13:7: error: expected a number, found a string ("20")',
      'catalog.json:18:7: error: expected a whole number, found a number (2.5)',
      'catalog.json:16:9: error: expected a string, found a number (7); left out',
      'catalog.json:13:7: warning: product a has no price; shown as "ask staff"',
      'catalog.json:22:7: error: expected a string, found a number (7); product skipped',
      'catalog.json:30:7: warning: sale price 5 is not below the price 4; no sale is shown',
      'catalog.json:36:13: error: expected text, found an array; left out',
      'catalog.json:42:9: error: expected an object, found a string ("x"); variant left out',
      'catalog.json:31:7: error: expected one of "in-stock", "low-stock", "out-of-stock", "preorder", "unknown", found a string ("maybe")',
      'catalog.json:45:9: error: a review needs a rating from 0 to 5; left out',
    ]);
    expect(result.catalog.products.map((p) => [p.id, p.price, p.tags, p.variants.length])).toEqual([
      ['a', Number.NaN, ['steel'], 0],
      ['b', 4, [], 1],
    ]);
  });

  it('refuses other versions and a missing products array', () => {
    expect(() => importText('{"format": "aisle-catalog", "version": 2, "products": []}')).toThrow(
      'catalog.json: aisle-catalog version 2 is not supported; this kiosk reads version 1',
    );
    expect(() => importText('{"format": "aisle-catalog", "version": 1}')).toThrow(
      'catalog.json: an aisle-catalog file needs a "products" array',
    );
  });
});
