import { describe, expect, it } from 'vitest';
import { catalogStats, formatIssue, importCatalog } from '../../src/core/catalog/index.ts';
import { bytes, sharedFile } from './files.ts';

describe('a real Shopify export (classic layout, Packt demo store)', () => {
  const file = 'packt-liquid-book-products-export.csv';
  const result = importCatalog(sharedFile(`csv-formats/shopify/${file}`), { file });
  const byId = (id: string) => result.catalog.products.find((p) => p.id === id);

  it('groups 21 rows into 20 products by Handle, with no issues', () => {
    expect(result.format).toBe('shopify-csv');
    expect(catalogStats(result.catalog)).toMatchObject({
      products: 20,
      variants: 2,
      categories: 2,
      brands: 3,
    });
    expect(result.issues).toEqual([]);
  });

  it('reads "Default Title" products as single products with the variant facts on the product', () => {
    expect(byId('floor-lamp')).toMatchObject({
      title: 'Floor Lamp',
      description: 'Black floor lamp',
      brand: 'Company 123',
      categoryPath: ['Indoor'],
      tags: ['Black', 'Lamp'],
      variants: [],
      stock: 1,
      availability: 'low-stock',
    });
  });

  it('reads a compare-at price above the price as a sale: the list price and the price at the till', () => {
    expect(byId('floor-lamp')).toMatchObject({ price: 85, salePrice: 69.99 });
    expect(byId('wicker-bowl')).toMatchObject({
      price: 750,
      salePrice: undefined,
      availability: 'out-of-stock',
    });
  });

  it('turns the multi-line Body (HTML) into plain text', () => {
    const description = byId('black-armchairs')?.description ?? '';
    expect(description).toMatch(/^Description\n\nLorem ipsum dolor sit amet/);
    expect(description).toContain('Nulla facilisi.\n\nIngredients\n\nPellentesque');
    expect(description).not.toMatch(/<|&[a-z]+;/);
  });

  it('makes variants of a product with options, and collects the image of every row', () => {
    const gloves = byId('gardening-gloves');
    expect(gloves?.variants.map((v) => [v.title, v.options, v.price, v.stock])).toEqual([
      ['Green', { Color: 'Green' }, 9.99, 1],
      ['Yellow', { Color: 'Yellow' }, 15.99, 3],
    ]);
    expect(gloves).toMatchObject({ price: 9.99, stock: 4, availability: 'low-stock' });
    expect(gloves?.images).toHaveLength(2);
    expect(gloves?.images.every((image) => !image.availableOffline)).toBe(true);
  });
});

describe("Shopify's product template (current layout, spreadsheet-damaged barcodes)", () => {
  const file = 'shopify-product_template.csv';
  // Shopify's template has no licence: it is read from ../shared only, never copied into the repository.
  const result = importCatalog(sharedFile(`csv-formats/shopify/${file}`), { file, currency: 'CAD' });
  const byId = (id: string) => result.catalog.products.find((p) => p.id === id);

  it('finds the 3 products and their 15 variants', () => {
    expect(result.catalog.products.map((p) => [p.id, p.variants.length])).toEqual([
      ['example-shirt', 12],
      ['example-pants', 3],
      ['example-hat', 0],
    ]);
  });

  it('reads the Shopify taxonomy as the category path and keeps the Type', () => {
    expect(byId('example-shirt')).toMatchObject({
      categoryPath: ['Apparel & Accessories', 'Clothing', 'Clothing Tops', 'T-Shirts'],
      attributes: { Type: 'Shirts', Weight: '145 g' },
      currency: 'CAD',
    });
    expect(byId('example-shirt')?.variants[4]).toMatchObject({
      sku: 'SRT_COT_222',
      title: 'Blue / M',
      options: { Color: 'Blue', Size: 'M' },
      price: 25,
    });
  });

  it('keeps image-only rows as images and gives alt text', () => {
    expect(byId('example-pants')?.images).toHaveLength(4);
    expect(byId('example-shirt')?.images[0]).toEqual({
      src: 'https://burst.shopifycdn.com/photos/tshirts.jpg?width=1500',
      availableOffline: false,
      alt: 'A rack of T-Shirts',
    });
  });

  it('flags every barcode in scientific notation instead of converting it', () => {
    const damaged = result.issues.filter((i) => i.column === 'Variant Barcode');
    expect(damaged).toHaveLength(16);
    expect(formatIssue(damaged[0] ?? { severity: 'error', file: '', message: '' })).toBe(
      'shopify-product_template.csv:2:Variant Barcode: warning: barcode "3.65275E+11" was damaged by a spreadsheet (scientific notation lost its last digits); not imported: format the column as text and export again',
    );
    expect(result.catalog.products.flatMap((p) => [p.barcode, ...p.variants.map((v) => v.barcode)])).toEqual(
      Array(3 + 15).fill(undefined),
    );
  });

  it('does not invent a sale from a compare-at price below the price, and says so', () => {
    expect(byId('example-pants')).toMatchObject({ price: 95, salePrice: undefined });
    expect(byId('example-hat')).toMatchObject({ price: 22.99, salePrice: 17.99, stock: 50 });
    expect(result.issues.filter((i) => i.column === 'Variant Compare At Price').map((i) => i.line)).toEqual([
      14, 15, 16,
    ]);
  });

  it('warns about draft and archived products but imports them', () => {
    expect(result.issues.filter((i) => i.column === 'Status').map((i) => i.message)).toEqual([
      'product example-pants is draft in Shopify, so not on sale online; imported anyway',
      'product example-hat is archived in Shopify, so not on sale online; imported anyway',
    ]);
  });
});

describe('Shopify rows with faults', () => {
  const header =
    'Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Inventory Policy,Variant Price,Variant Compare At Price,Variant Barcode,Image Src';
  const csv = [
    header,
    'mug,Mug,<p>Big</p>,Acme,Kitchen,,Size,S,M-S,3,deny,ten,,4006381333931,',
    'mug,,,,,,,L,M-L,0,continue,12,,,',
    ',Orphan,,,,,,,,,,5,,,',
    'kettle,Kettle,,Acme,Kitchen,,Title,Default Title,K1,4,deny,-3,,,',
    'mug,Mug again,,,,,,XL,M-XL,1,deny,14,,,',
  ].join('\n');
  const result = importCatalog(bytes(csv), { file: 'shop.csv' });

  it('reports each fault at its line and column, and keeps what it can', () => {
    expect(result.issues.map(formatIssue)).toEqual([
      'shop.csv:2:Variant Price: error: "ten" is not a number; left empty',
      'shop.csv:4:Handle: error: the row has no Handle, so it belongs to no product; skipped',
      'shop.csv:5:Variant Price: warning: product kettle has a negative price (-3)',
    ]);
  });

  it('groups rows of a handle even when they are not next to each other', () => {
    const mug = result.catalog.products.find((p) => p.id === 'mug');
    expect(mug?.variants.map((v) => [v.sku, v.price, v.availability])).toEqual([
      ['M-S', Number.NaN, 'low-stock'],
      ['M-L', 12, 'preorder'],
      ['M-XL', 14, 'low-stock'],
    ]);
    expect(mug).toMatchObject({ price: 12, description: 'Big', stock: 4 });
    expect(mug?.variants[0]?.barcode).toBe('4006381333931');
  });
});

describe('Shopify metafield columns (newer exports)', () => {
  const csv = [
    'Handle,Title,Body (HTML),Type,Option1 Name,Option1 Value,Variant Price,Color (product.metafields.shopify.color-pattern),Material (product.metafields.custom.material),Fabric weight (product.metafields.custom.gsm),product.metafields.custom.care_guide',
    'tee,Tee,<li>Material: cotton blend</li><li>Fit: regular</li>,Shirts,Title,Default Title,20,black; white,organic cotton,,machine wash cold',
  ].join('\n');
  const [tee] = importCatalog(bytes(csv), { file: 'products_export.csv' }).catalog.products;

  it('reads each non-empty one as an attribute named by the part before the parenthesis', () => {
    expect(tee?.attributes).toEqual({
      Color: 'black; white',
      Material: 'organic cotton',
      'Care Guide': 'machine wash cold',
      Fit: 'regular',
    });
  });
});
