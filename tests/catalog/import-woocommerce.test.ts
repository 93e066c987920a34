import { describe, expect, it } from 'vitest';
import { catalogStats, formatIssue, importCatalog } from '../../src/core/catalog/index.ts';
import { bytes, sharedFile } from './files.ts';

describe("WooCommerce's sample products export", () => {
  const file = 'sample_products.csv';
  const raw = sharedFile(`csv-formats/woocommerce/${file}`);
  const result = importCatalog(raw, { file, currency: 'GBP' });
  const byId = (id: string) => result.catalog.products.find((p) => p.id === id);

  it('reads the file despite its byte order mark, with no issues', () => {
    expect([raw[0], raw[1], raw[2]]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result).toMatchObject({ format: 'woocommerce-csv', encoding: 'utf-8', issues: [] });
    expect(result.catalog.products[0]?.id).toBe('44');
  });

  it('makes 18 products of 25 rows: the 7 variation rows become variants of their parents', () => {
    expect(catalogStats(result.catalog)).toMatchObject({ products: 18, variants: 7, categories: 3 });
    expect(byId('44')?.variants.map((v) => [v.sku, v.title, v.price])).toEqual([
      ['woo-vneck-tee-red', 'Red', 20],
      ['woo-vneck-tee-green', 'Green', 20],
      ['woo-vneck-tee-blue', 'Blue', 15],
    ]);
  });

  it('prices a variable product from its cheapest variation, sale prices included', () => {
    expect(byId('44')).toMatchObject({
      title: 'V-Neck T-Shirt',
      price: 15,
      salePrice: undefined,
      currency: 'GBP',
    });
    const hoodie = byId('45');
    expect(hoodie).toMatchObject({ price: 45, salePrice: 42 });
    expect(hoodie?.variants.find((v) => v.sku === 'woo-hoodie-blue-logo')?.options).toEqual({
      Color: 'Blue',
      Logo: 'Yes',
    });
  });

  it('reads sale and regular prices, category paths, attributes and stock of simple products', () => {
    expect(byId('48')).toMatchObject({
      sku: 'woo-beanie',
      title: 'Beanie',
      price: 20,
      salePrice: 18,
      categoryPath: ['Clothing', 'Accessories'],
      availability: 'in-stock',
      attributes: { Color: 'Red', Weight: '0.2 lbs', Length: '4 in' },
    });
    expect(byId('48')?.description).toMatch(/^This is a simple product\.\n\nPellentesque habitant/);
    expect(byId('75')).toMatchObject({ title: 'Single', price: 3, salePrice: 2, categoryPath: ['Music'] });
  });

  it('prices a grouped product from its cheapest member and names the members', () => {
    expect(byId('87')).toMatchObject({
      price: 18,
      attributes: { Includes: 'Hoodie with Logo, T-Shirt, Beanie' },
    });
    expect(byId('87')?.images).toHaveLength(4);
  });
});

describe('WooCommerce rows with faults', () => {
  const header =
    'ID,Type,SKU,Name,Published,"In stock?",Stock,"Sale price","Regular price",Categories,Parent,"Attribute 1 name","Attribute 1 value(s)"';
  const csv = [
    header,
    '10,variable,tee,Tee,1,1,,,,"Clothing > Tshirts, Sale",,Size,"S, M"',
    '11,variation,tee-s,Tee - S,1,1,7,,12,,tee,Size,S',
    '12,variation,tee-m,Tee - M,1,0,0,13,12,,id:10,Size,M',
    '13,variation,sock-s,Sock - S,1,1,,,3,,sock,Size,S',
    '14,simple,mug,Mug,-1,backorder,,,8,Kitchen,,,',
    '15,bundle,kit,Kit,1,1,,,5,,,,',
  ].join('\r\n');
  const result = importCatalog(bytes(csv), { file: 'woo.csv' });

  it('reports each fault at its line and column', () => {
    expect(result.issues.map(formatIssue)).toEqual([
      'woo.csv:4:Sale price: warning: sale price 13 is not below the regular price 12; no sale is shown',
      'woo.csv:5:Parent: error: the variation\'s parent "sock" is not a variable product in this file; skipped',
      'woo.csv:6:Published: warning: product 14 is a draft in WooCommerce; imported anyway',
      'woo.csv:7:Type: error: unknown product type "bundle"; skipped',
    ]);
  });

  it('keeps the rest: parents by SKU or id, stock states, extra categories as tags', () => {
    expect(result.catalog.products.map((p) => p.id)).toEqual(['10', '14']);
    expect(result.catalog.products[0]).toMatchObject({
      price: 12,
      availability: 'in-stock',
      categoryPath: ['Clothing', 'Tshirts'],
      tags: ['Sale'],
    });
    expect(result.catalog.products[0]?.variants.map((v) => [v.sku, v.availability, v.stock])).toEqual([
      ['tee-s', 'in-stock', 7],
      ['tee-m', 'out-of-stock', 0],
    ]);
    expect(result.catalog.products[1]?.availability).toBe('preorder');
  });
});
