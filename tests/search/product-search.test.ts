import { describe, expect, it } from 'vitest';
import {
  createProductSearch,
  decodeVectors,
  encodeVectors,
  matchesFilters,
  VectorIndex,
} from '../../src/core/search/index.ts';
import { fuseRankings } from '../../src/core/search/fusion.ts';
import { searchTerms } from '../../src/core/search/terms.ts';
import { catalogOf, product } from './products.ts';

const shelf = catalogOf([
  product('tee-black', 'Organic Cotton T-Shirt', {
    brand: 'Northwind',
    categoryPath: ['Clothing', 'Tops'],
    price: 25,
    variants: [
      {
        sku: 'T-B-M',
        title: 'Black / M',
        options: { Colour: 'Black', Size: 'M' },
        price: 25,
        availability: 'in-stock',
      },
    ],
  }),
  product('sneaker', 'Trail Running Sneakers', {
    brand: 'Fleetfoot',
    categoryPath: ['Shoes'],
    price: 120,
    salePrice: 89,
    rating: { average: 4.6, count: 31 },
  }),
  product('kettle', 'Electric Kettle 1.7 l', {
    categoryPath: ['Kitchen'],
    price: 39.5,
    availability: 'out-of-stock',
  }),
  product('mug', 'Stoneware Mug', { categoryPath: ['Kitchen'], price: 9, tags: ['gift'] }),
]);

describe('search terms', () => {
  it('folds case, accents, plurals and shop synonyms', () => {
    expect(searchTerms('Crème Brûlée Batteries')).toEqual(['creme', 'brulee', 'battery']);
    expect(searchTerms('Sneakers')).toEqual(['sneaker', 'shoe']);
    expect(searchTerms('T-Shirts for the kids')).toEqual(['tshirt', 'kid']);
  });
});

describe('filters', () => {
  const [tee, sneaker, kettle] = shelf.products;
  it('price bounds use the price a shopper pays today', () => {
    expect(sneaker && matchesFilters(sneaker, { maxPrice: 90 })).toBe(true);
    expect(sneaker && matchesFilters(sneaker, { minPrice: 100 })).toBe(false);
  });
  it('stock, brand, category and variant options', () => {
    expect(kettle && matchesFilters(kettle, { inStock: true })).toBe(false);
    expect(tee && matchesFilters(tee, { brands: ['northwind'], categories: ['tops'] })).toBe(true);
    expect(tee && matchesFilters(tee, { attributes: { colour: ['black'] } })).toBe(true);
    expect(tee && matchesFilters(tee, { attributes: { colour: ['white'] } })).toBe(false);
  });
});

describe('lexical product search', () => {
  it('finds by title words, synonyms and misspellings', async () => {
    const search = await createProductSearch(shelf);
    const first = async (query: string) => (await search.search(query)).hits[0]?.product.id;
    expect(await first('t-shirt')).toBe('tee-black');
    expect(await first('running shoes')).toBe('sneaker');
    expect(await first('electirc kettle')).toBe('kettle');
    expect(await first('fleetfoot')).toBe('sneaker');
    expect(await first('black')).toBe('tee-black');
  });

  it('applies price phrases as exact filters and sorts', async () => {
    const search = await createProductSearch(shelf);
    const cheap = await search.search('kitchen under 20 dollars');
    expect(cheap.hits.map((hit) => hit.product.id)).toEqual(['mug']);
    const sorted = await search.search('', { sort: 'price-desc', filters: { inStock: true } });
    expect(sorted.hits.map((hit) => hit.product.id)).toEqual(['sneaker', 'tee-black', 'mug']);
  });

  it('sorts by price only the products that match the words about as well as the best', async () => {
    const search = await createProductSearch(
      catalogOf([
        product('bank-small', '5000mAh Power Bank', { price: 19, categoryPath: ['Batteries'] }),
        product('bank-big', '20000mAh Power Bank', { price: 45, categoryPath: ['Batteries'] }),
        product('cable', 'USB-C Power Cable', { price: 9, categoryPath: ['Cables'] }),
        product('lamp', 'Desk Lamp', { price: 30, categoryPath: ['Lighting'] }),
      ]),
    );
    const cheapest = await search.search('cheapest power bank', { mode: 'lexical' });
    expect(cheapest.hits.map((hit) => hit.product.id)).toEqual(['bank-small', 'bank-big']);
    // A measure is one term however it is written.
    const measured = await search.search('20000 mAh', { mode: 'lexical' });
    expect(measured.hits[0]?.product.id).toBe('bank-big');
  });

  it('offers the closest products when the filters leave none, and words when nothing matches', async () => {
    const search = await createProductSearch(shelf);
    const none = await search.search('kettle under 10 dollars');
    expect(none.hits).toEqual([]);
    expect(none.alternatives.map((hit) => hit.product.id)).toEqual(['kettle']);
    const typo = await search.search('stonewarez mugg');
    expect(typo.hits.length + typo.suggestions.length).toBeGreaterThan(0);
  });
});

describe('dense search and fusion', () => {
  it('embeds products as passages and the shopper words as a query', async () => {
    // e5 reads "passage: " / "query: " prefixes; a product embedded as a query would match worse.
    const kinds: (string | undefined)[][] = [];
    const search = await createProductSearch(shelf, {
      embed: async (texts, kind) => {
        kinds.push(texts.map(() => kind));
        return texts.map(() => Float32Array.from([1, 0]));
      },
    });
    expect(kinds.flat()).toEqual(shelf.products.map(() => 'passage'));
    kinds.length = 0;
    await search.search('something warm', { mode: 'dense' });
    expect(kinds).toEqual([['query']]);
  });

  it('ranks by cosine and fuses rankings by reciprocal rank', async () => {
    const unit = (values: number[]) => {
      const norm = Math.hypot(...values);
      return Float32Array.from(values, (value) => value / norm);
    };
    const vectors = [unit([1, 0, 0]), unit([0, 1, 0]), unit([0, 0, 1]), unit([0.9, 0.1, 0])];
    const search = await createProductSearch(shelf, { vectors, embed: async () => [unit([0, 0.2, 1])] });
    const dense = await search.search('anything warm to drink from', { mode: 'dense' });
    expect(dense.hits[0]?.product.id).toBe('kettle');
    const fused = fuseRankings([
      {
        hits: [
          { position: 1, score: 9 },
          { position: 2, score: 5 },
        ],
        weight: 1,
      },
      {
        hits: [
          { position: 2, score: 0.9 },
          { position: 3, score: 0.8 },
        ],
        weight: 1,
      },
    ]);
    expect(fused[0]?.position).toBe(2);
  });

  it('int8 vectors round-trip within a cosine error of 0.001', () => {
    const rows = Array.from({ length: 5 }, (_, row) => {
      const values = Array.from({ length: 384 }, (_, i) => Math.sin(row * 7 + i * 0.37));
      const norm = Math.hypot(...values);
      return Float32Array.from(values, (value) => value / norm);
    });
    const index = VectorIndex.fromRows(rows, 384);
    const decoded = decodeVectors(encodeVectors(index), 5, 384);
    rows.forEach((row, r) => {
      let dot = 0;
      for (let i = 0; i < 384; i++) dot += (row[i] ?? 0) * (decoded.data[r * 384 + i] ?? 0);
      expect(dot).toBeGreaterThan(0.999);
    });
  });
});

describe('catalog content hash', () => {
  it('is the same for the same catalog written out and read back (key order does not count)', async () => {
    const { catalogContentHash } = await import('../../src/core/search/index.ts');
    const { importCatalog, nativeCatalogJson } = await import('../../src/core/catalog/index.ts');
    const written = new TextEncoder().encode(nativeCatalogJson(shelf));
    const readBack = importCatalog(written, { file: 'catalog.json' }).catalog;
    expect(await catalogContentHash(readBack)).toBe(await catalogContentHash(shelf));
    const changed = { ...shelf, products: shelf.products.map((p) => ({ ...p, price: p.price + 1 })) };
    expect(await catalogContentHash(changed)).not.toBe(await catalogContentHash(shelf));
  });
});
