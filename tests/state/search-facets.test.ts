import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/core/search/index.ts';
import {
  bucketFilters,
  chipFilters,
  priceBuckets,
  roundAmount,
  searchFacets,
} from '../../src/state/search-facets.ts';
import { product } from '../search/products.ts';

describe('price chips', () => {
  it('split the found prices at round amounts a shopper reads at a glance', () => {
    expect([19.99, 59.99, 99.99, 1399.99, 2.3].map(roundAmount)).toEqual([20, 50, 100, 1000, 2.5]);
    const prices = [9.99, 10, 15.99, 19.99, 25.99, 29.99, 59.99, 69.99, 99.99, 250, 500, 750];
    expect(priceBuckets(prices)).toEqual([
      { to: 20 },
      { from: 20, to: 50 },
      { from: 50, to: 250 },
      { from: 250 },
    ]);
  });

  it('put every product in exactly one chip, prices on a boundary included', () => {
    const prices = [2.49, 2.5, 4, 5, 9.99, 10, 12, 20, 49.99, 50];
    const products = prices.map((price, i) => product(`p${i}`, `P${i}`, { price }));
    const buckets = priceBuckets(prices);
    expect(buckets.length).toBeGreaterThanOrEqual(2);
    for (const item of products) {
      const holding = buckets.filter((bucket) => matchesFilters(item, bucketFilters(bucket)));
      expect(holding, `price ${item.price}`).toHaveLength(1);
    }
  });

  it('are not offered when one range would hold everything', () => {
    expect(priceBuckets([5])).toEqual([]);
    expect(priceBuckets([5, 5, 5])).toEqual([]);
    expect(priceBuckets([Number.NaN, 3])).toEqual([]);
  });
});

describe('chips for a result list', () => {
  it('offer the commonest brands, and stock only when some results cannot be bought now', () => {
    const facets = searchFacets([
      product('a', 'A', { brand: 'Leafy' }),
      product('b', 'B', { brand: 'Ironside' }),
      product('c', 'C', { brand: 'Leafy', availability: 'out-of-stock' }),
      product('d', 'D'),
    ]);
    expect(facets.brands).toEqual(['Leafy', 'Ironside']);
    expect(facets.someUnavailable).toBe(true);
    const single = searchFacets([
      product('a', 'A', { brand: 'Leafy' }),
      product('b', 'B', { brand: 'Leafy' }),
    ]);
    expect(single.brands).toEqual([]);
    expect(single.someUnavailable).toBe(false);
  });

  it('stand for exact filters and leave out what was not tapped', () => {
    expect(chipFilters({ price: { from: 20, to: 50 }, brand: 'Leafy', inStock: true })).toEqual({
      minPrice: 20,
      maxPrice: 49.99,
      brands: ['Leafy'],
      inStock: true,
    });
    // No undefined keys: they would cancel a price typed in the query ("under 60 dollars").
    expect(Object.keys(chipFilters({ price: { from: 50 } }))).toEqual(['minPrice']);
    expect(chipFilters({ price: undefined, brand: undefined, inStock: false })).toEqual({});
  });
});
